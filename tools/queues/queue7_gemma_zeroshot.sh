#!/bin/bash
# Gemma-3-270M (the Gemma stand-in) at ratio 0.90, and zero-shot (limit 200 per task, 4 per MMLU subject) for more SmolLM2 configurations.
# One core (OMP_NUM_THREADS=1) so that the ablation queue can share the machine.
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
G=".venv/bin/python tools/bench_compress.py --model gemma3-270m"
S=".venv/bin/python tools/bench_compress.py --model smollm2-135m"
Z="--tasks all --limit 200 --mmlu-limit 4"
$G --method dense --ratio 1.0
$S --method uniform --factorization svdllm --ratio 0.95 $Z --force
$S --method uniform --factorization asvd --ratio 0.95 $Z --force
$G --method uniform --factorization asvd --ratio 0.9
$G --method uniform --factorization svdllm --ratio 0.9
$G --method strs --factorization asvd --ratio 0.9
$S --method strs --factorization asvd --ratio 0.9 $Z --force
$S --method uniform --factorization svdllm --ratio 0.9 $Z --force
$G --method llrc --factorization asvd --ratio 0.9 --tag short --set steps_after_target=100
$G --method ars --factorization asvd --ratio 0.9 --tag short --set steps_after_target=100
