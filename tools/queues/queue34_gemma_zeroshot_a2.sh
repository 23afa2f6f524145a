#!/bin/bash
# queue32 reordered: once the dense record has its zero-shot results, queue32 is stopped on purpose (it would have
# gone on with uniform ASVD) and this worker does SVD-LLM first, then uniform ASVD (whose perplexity is in the
# billions, so it matters least). Same settings as queue32: one thread, lm-eval batch 2, beside queue33.
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/add_zero_shot.py --tasks all --limit 200 --mmlu-limit 4 --batch-size 2 \
  gemma3-270m_uniform_svdllm_r0.9_s0 gemma3-270m_uniform_asvd_r0.9_s0
# Stopped on purpose at 20:46 during uniform ASVD (13% of its requests): see queue35.
