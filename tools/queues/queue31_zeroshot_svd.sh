#!/bin/bash
# Zero-shot (200 documents per task, 4 per MMLU subject) for ARS at 0.95 and uniform SVD at 0.80, 0.85, 0.90: the
# tail of queue29's list in reverse, as a second one-thread worker beside it after queue30 (a record the other
# worker has finished is skipped). It was stopped on purpose after uniform SVD at 0.85, when queue29 had already
# started uniform SVD at 0.90 (logs/queue31_zeroshot_svd.log ends with 'Terminated').
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/add_zero_shot.py --tasks all --limit 200 --mmlu-limit 4 \
  smollm2-135m_ars_asvd_r0.95_s0 smollm2-135m_uniform_svd_r0.8_s0 smollm2-135m_uniform_svd_r0.85_s0 smollm2-135m_uniform_svd_r0.9_s0
