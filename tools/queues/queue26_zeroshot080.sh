#!/bin/bash
# Zero-shot (200 documents per task, 4 per MMLU subject) for ARS at 0.80, rebuilt from its record and checked against
# its stored perplexity. One core, after queue23.
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/add_zero_shot.py --tasks all --limit 200 --mmlu-limit 4 smollm2-135m_ars_asvd_r0.8_s0
