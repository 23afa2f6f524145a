#!/bin/bash
# The hinge ablation (rawcost) beat the base run by far more than the seed spread, so it is rerun with seeds 1 and 2
# (ablation_profile 'cpu': seeded=('base', 'rawcost')); then Gemma-3-270M ARS at 0.90 on the short schedule. One core.
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
B=".venv/bin/python tools/bench_compress.py --model smollm2-135m --method llrc --factorization asvd --ratio 0.95 --out-dir figures/results/ablations"
$B --seed 1 --tag rawcost --set steps_after_target=100 effective_cost=false
$B --seed 2 --tag rawcost --set steps_after_target=100 effective_cost=false
.venv/bin/python tools/bench_compress.py --model gemma3-270m --method ars --factorization asvd --ratio 0.9 --tag short --set steps_after_target=100
