#!/bin/bash
# Follows queue7 (stopped after its first zero-shot run to put the Gemma-3-270M table first): Gemma at 0.90, then more SmolLM2 zero-shot.
# One core (OMP_NUM_THREADS=1) so that the ablation queue can share the machine.
cd /work/main
while pgrep -f "bench_compress.py --model smollm2-135m --method uniform --factorization svdllm --ratio 0.95" > /dev/null; do sleep 10; done
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
G=".venv/bin/python tools/bench_compress.py --model gemma3-270m"
S=".venv/bin/python tools/bench_compress.py --model smollm2-135m"
Z="--tasks all --limit 200 --mmlu-limit 4"
$G --method uniform --factorization asvd --ratio 0.9
$G --method uniform --factorization svdllm --ratio 0.9
$G --method strs --factorization asvd --ratio 0.9
$G --method llrc --factorization asvd --ratio 0.9 --tag short --set steps_after_target=100
$G --method ars --factorization asvd --ratio 0.9 --tag short --set steps_after_target=100
$S --method uniform --factorization asvd --ratio 0.95 $Z --force
$S --method strs --factorization asvd --ratio 0.9 $Z --force
