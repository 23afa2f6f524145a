#!/bin/bash
# Zero-shot (200 documents per task, 4 per MMLU subject) for the Gemma table (Gemma-3-270M at 0.90): dense,
# uniform ASVD and uniform SVD-LLM, rebuilt from their stored selections. One thread, beside queue33.
# A first start with lm-eval batch 16 was killed for memory (262k-token logits); restarted with --batch-size 2 (two workers share 24 GB).
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/add_zero_shot.py --tasks all --limit 200 --mmlu-limit 4 --batch-size 2 \
  gemma3-270m_dense_None_r1.0_s0 gemma3-270m_uniform_asvd_r0.9_s0 gemma3-270m_uniform_svdllm_r0.9_s0
