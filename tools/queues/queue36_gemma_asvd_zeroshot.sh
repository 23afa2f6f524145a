#!/bin/bash
# queue36: the last Gemma zero-shot row, uniform ASVD at 0.90 (queue34 stopped it on purpose at 13% for time).
# One thread, lm-eval batch 2, beside queue37.
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/add_zero_shot.py --tasks all --limit 200 --mmlu-limit 4 --batch-size 2 \
  gemma3-270m_uniform_asvd_r0.9_s0
