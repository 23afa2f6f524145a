#!/bin/bash
# LLRC at 0.80 on SmolLM2-135M with the current defaults (per-token distillation normalisation) and zero-shot
# (200 documents per task, 4 per MMLU subject), replacing the record made before that default changed. One core.
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/bench_compress.py --model smollm2-135m --method llrc --factorization asvd --ratio 0.8 --tasks all --limit 200 --mmlu-limit 4 --force
