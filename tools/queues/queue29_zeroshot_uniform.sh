#!/bin/bash
# Zero-shot (200 documents per task, 4 per MMLU subject) for uniform ASVD and uniform SVD at 0.90, 0.85 and 0.80, and
# for ARS at 0.95, each rebuilt from its record and checked against its stored perplexity. One thread. Started beside
# queue28, it was paused (SIGSTOP) during its first record while queue28 and queue30 ran alone, then resumed beside
# queue31, which took the tail of this list in reverse; the records queue31 had finished are skipped in the log.
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/add_zero_shot.py --tasks all --limit 200 --mmlu-limit 4 \
  smollm2-135m_uniform_asvd_r0.9_s0 smollm2-135m_uniform_asvd_r0.85_s0 smollm2-135m_uniform_asvd_r0.8_s0 \
  smollm2-135m_uniform_svd_r0.9_s0 smollm2-135m_uniform_svd_r0.85_s0 smollm2-135m_uniform_svd_r0.8_s0 \
  smollm2-135m_ars_asvd_r0.95_s0
