#!/bin/bash
# Zero-shot (200 documents per task, 4 per MMLU subject) for the stored SmolLM2 and Gemma-3 runs that lack it,
# each rebuilt from its record and checked against its stored perplexity (tools/add_zero_shot.py). One core.
# This session ran it only up to the second record (STRS and SVD-LLM at 0.80): it was stopped there for time
# (the log says so); the rest remain without zero-shot.
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
Z=".venv/bin/python tools/add_zero_shot.py --tasks all --limit 200 --mmlu-limit 4"
$Z smollm2-135m_strs_asvd_r0.8_s0 smollm2-135m_uniform_svdllm_r0.8_s0 smollm2-135m_ars_asvd_r0.8_s0 smollm2-135m_uniform_asvd_r0.8_s0
$Z smollm2-135m_strs_asvd_r0.85_s0 smollm2-135m_uniform_svdllm_r0.85_s0 smollm2-135m_uniform_asvd_r0.85_s0 smollm2-135m_uniform_asvd_r0.9_s0
$Z smollm2-135m_uniform_svd_r0.8_s0 smollm2-135m_uniform_svd_r0.85_s0 smollm2-135m_uniform_svd_r0.9_s0 smollm2-135m_uniform_svd_r0.95_s0
$Z --store figures/results/ablations smollm2-135m_llrc_asvd_r0.95_s0_base
