#!/bin/bash
# LLRC at 0.90 on SmolLM2-135M with the current defaults and zero-shot (200 documents per task, 4 per MMLU subject),
# for the 0.90 block of the Llama table. One core, beside queue24.
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/bench_compress.py --model smollm2-135m --method llrc --factorization asvd --ratio 0.9 --tasks all --limit 200 --mmlu-limit 4
