#!/bin/bash
# Zero-shot (200 documents per task, 4 per MMLU subject) for the seed-0 base and keep0mlp ablation runs at 0.95,
# rebuilt from their stored mask logits and checked against their perplexity. One core, after queue24 (in the slot its dropped ARS 0.85 run would have used).
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/add_zero_shot.py --store figures/results/ablations --tasks all --limit 200 --mmlu-limit 4 \
  smollm2-135m_llrc_asvd_r0.95_s0_base smollm2-135m_llrc_asvd_r0.95_s0_keep0mlp
