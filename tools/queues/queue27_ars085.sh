#!/bin/bash
# ARS at 0.85 on SmolLM2-135M (100 steps after the target, as the other stored SmolLM2 ARS runs) with zero-shot
# (200 documents per task, 4 per MMLU subject). Both cores, nothing else running.
cd /work/main
export OMP_NUM_THREADS=2 MKL_NUM_THREADS=2
.venv/bin/python tools/bench_compress.py --model smollm2-135m --method ars --factorization asvd --ratio 0.85 --tasks all --limit 200 --mmlu-limit 4 --set steps_after_target=100
