#!/bin/bash
# Baseline sweep on SmolLM2 (perplexity), ARS, then zero-shot at 0.95 (lm-eval, 200 documents per task, 4 per MMLU subject).
cd /work/main
while pgrep -f "tag short_token_lc10" > /dev/null; do sleep 10; done
B=".venv/bin/python tools/bench_compress.py --model smollm2-135m"
for r in 0.95 0.9 0.85 0.8; do
  $B --method uniform --factorization svd --ratio $r
  $B --method uniform --factorization svdllm --ratio $r
  [ $r != 0.95 ] && $B --method uniform --factorization asvd --ratio $r
  [ $r != 0.95 ] && $B --method strs --factorization asvd --ratio $r
done
# ARS on the short schedule of the LLRC quality experiments (100 steps after the target)
$B --method ars --factorization asvd --ratio 0.95 --set steps_after_target=100
$B --method ars --factorization asvd --ratio 0.8 --set steps_after_target=100
# zero-shot: the dense model, then the stored 0.95 runs again with zero-shot (same configuration, deterministic)
$B --method dense --ratio 1.0 --tasks all --limit 200 --mmlu-limit 4
$B --method strs --factorization asvd --ratio 0.95 --tasks all --limit 200 --mmlu-limit 4 --force
$B --method uniform --factorization asvd --ratio 0.95 --tasks all --limit 200 --mmlu-limit 4 --force
