#!/bin/bash
# Zero-shot (200 documents per task, 4 per MMLU subject) for STRS and SVD-LLM at 0.90, rebuilt from their records
# and checked against their stored perplexity (tools/add_zero_shot.py); two processes, one core each.
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
Z=".venv/bin/python tools/add_zero_shot.py --tasks all --limit 200 --mmlu-limit 4"
$Z smollm2-135m_strs_asvd_r0.9_s0 &
$Z smollm2-135m_uniform_svdllm_r0.9_s0 &
wait
