#!/bin/bash
# Zero-shot (200 documents per task, 4 per MMLU subject) for the Gemma table (Gemma-3-270M at 0.90): LLRC (short),
# STRS (32 positions) and ARS (short), rebuilt from their stored selections. One thread, beside queue32.
# A first start with lm-eval batch 16 was killed for memory (262k-token logits); restarted with --batch-size 2 (two workers share 24 GB).
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/add_zero_shot.py --tasks all --limit 200 --mmlu-limit 4 --batch-size 2 \
  gemma3-270m_llrc_asvd_r0.9_s0_short gemma3-270m_strs_asvd_r0.9_s0_last32 gemma3-270m_ars_asvd_r0.9_s0_short
# Stopped on purpose (20:47) once the STRS record had its zero-shot results: ARS ran on both cores in queue35.
