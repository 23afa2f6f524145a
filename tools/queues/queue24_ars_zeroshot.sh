#!/bin/bash
# ARS at 0.90 and 0.85 on SmolLM2-135M with zero-shot, and zero-shot for STRS and SVD-LLM at 0.85 rebuilt from their
# records (checked against the stored perplexity). 200 documents per task, 4 per MMLU subject. One core, beside queue23.
# ARS with 100 steps after the target, as the stored SmolLM2 ARS runs at 0.95 and 0.80 (queue4/queue5).
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
B=".venv/bin/python tools/bench_compress.py --model smollm2-135m --method ars --factorization asvd --tasks all --limit 200 --mmlu-limit 4 --set steps_after_target=100"
Z=".venv/bin/python tools/add_zero_shot.py --tasks all --limit 200 --mmlu-limit 4"
$B --ratio 0.9
$Z smollm2-135m_strs_asvd_r0.85_s0
$Z smollm2-135m_uniform_svdllm_r0.85_s0
# $B --ratio 0.85   # dropped for time in the session that ran this queue (ARS 0.90 took 29 min with zero-shot on a
#                    shared core); the queue was stopped after SVD-LLM's zero-shot and queue25 ran next in its place;
#                    ARS 0.85 was run afterwards on its own by queue27_ars085.sh
