#!/bin/bash
# After the calib512 ablation: the last ablation (our reconstruction-aware hinge off), then Gemma-3-270M ARS at 0.90
# on the short schedule. One core.
cd /work/main
while pgrep -f "tag calib512" > /dev/null; do sleep 20; done
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/bench_compress.py --model smollm2-135m --method llrc --factorization asvd --ratio 0.95 --out-dir figures/results/ablations --seed 0 --tag rawcost --set steps_after_target=100 effective_cost=false
.venv/bin/python tools/bench_compress.py --model gemma3-270m --method ars --factorization asvd --ratio 0.9 --tag short --set steps_after_target=100
