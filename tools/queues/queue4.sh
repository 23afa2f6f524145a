#!/bin/bash
# Baseline sweep on SmolLM2: dense with zero-shot, then uniform (SVD, ASVD), SVD-LLM and STRS at four ratios.
cd /work/main
B=".venv/bin/python tools/bench_compress.py --model smollm2-135m"
# LLRC quality experiment: low compression pressure (the compression gradient at the distillation's scale)
$B --method llrc --ratio 0.95 --out-dir figures/results/tuning_quality --tag short_token_lc10 --set steps_after_target=100 lambda_c=10 max_steps=800
$B --method dense --ratio 1.0 --tasks all --limit 200 --mmlu-limit 4
for r in 0.95 0.9 0.85 0.8; do
  Z=""; [ $r = 0.95 ] && Z="--tasks all --limit 200 --mmlu-limit 4"   # zero-shot where models still work
  $B --method uniform --factorization svd --ratio $r $Z
  [ $r != 0.95 ] && $B --method uniform --factorization asvd --ratio $r
  $B --method uniform --factorization svdllm --ratio $r $Z
  [ $r != 0.95 ] && $B --method strs --factorization asvd --ratio $r
done
# the stored 0.95 uniform-ASVD and STRS runs again, now with zero-shot (same configuration, deterministic)
$B --method uniform --factorization asvd --ratio 0.95 --tasks all --limit 200 --mmlu-limit 4 --force
$B --method strs --factorization asvd --ratio 0.95 --tasks all --limit 200 --mmlu-limit 4 --force
# ARS on the short schedule of the LLRC quality experiments (100 steps after the target)
$B --method ars --factorization asvd --ratio 0.95 --set steps_after_target=100
$B --method ars --factorization asvd --ratio 0.8 --set steps_after_target=100
