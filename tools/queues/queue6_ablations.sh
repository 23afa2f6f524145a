#!/bin/bash
# Ablations of LLRC on SmolLM2 at ratio 0.95, on the short schedule (100 steps after the target; every other setting the default).
# One core (OMP_NUM_THREADS=1) so that a second queue can share the machine. Records: figures/results/ablations/.
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
B=".venv/bin/python tools/bench_compress.py --model smollm2-135m --method llrc --factorization asvd --ratio 0.95 --out-dir figures/results/ablations"
S="steps_after_target=100"
$B --seed 0 --tag base --set $S
$B --seed 0 --tag tv0 --set $S beta_tv=0
$B --seed 0 --tag next_token --set $S objective=next_token
$B --seed 1 --tag base --set $S
$B --seed 2 --tag base --set $S
$B --seed 0 --tag calib32 --n-samples 32 --set $S
$B --seed 0 --tag calib512 --n-samples 512 --set $S
# our departure: the compression hinge on the cost after reconstruction (effective_cost) vs on k(m+n) always
$B --seed 0 --tag rawcost --set $S effective_cost=false
