#!/bin/bash
# queue37: LLRC at 0.95 on SmolLM2-135M, rerun with --force so the Llama table's 0.95 block gains zero-shot
# (its earlier record predates stored mask logits, so it could not be rebuilt). One thread, beside queue36.
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/bench_compress.py --model smollm2-135m --method llrc --factorization asvd --ratio 0.95 \
  --tasks all --limit 200 --mmlu-limit 4 --force
