#!/bin/bash
# Quality experiments for LLRC at 0.95 (short schedule: 100 steps after target)
cd /work/main
O=figures/results/tuning_quality
B=".venv/bin/python tools/bench_compress.py --model smollm2-135m --method llrc --ratio 0.95 --out-dir $O"
$B --tag short_global --set steps_after_target=100 distill_norm=global
$B --tag short_token --set steps_after_target=100 distill_norm=token
$B --tag short_token_tau04 --set steps_after_target=100 distill_norm=token tau=0.4
