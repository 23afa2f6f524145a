#!/bin/bash
# ARS (short) for the Gemma table on both cores: queue33 is stopped on purpose once its STRS record has zero-shot
# results, and queue34 was stopped on purpose during uniform ASVD (at 13% of its requests) so that ARS could run
# alone and the session keep time for its CI run. Uniform ASVD's Gemma zero-shot is therefore not measured.
cd /work/main
export OMP_NUM_THREADS=2 MKL_NUM_THREADS=2
.venv/bin/python tools/add_zero_shot.py --tasks all --limit 200 --mmlu-limit 4 --batch-size 2 gemma3-270m_ars_asvd_r0.9_s0_short
