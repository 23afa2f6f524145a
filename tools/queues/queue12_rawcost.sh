#!/bin/bash
# After the calib512 ablation: the last ablation (our reconstruction-aware hinge off). One core.
# (Gemma ARS, queued here at first, was stopped after a minute and moved to queue14, behind the rawcost seeds.)
cd /work/main
while pgrep -f "tag calib512" > /dev/null; do sleep 20; done
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/bench_compress.py --model smollm2-135m --method llrc --factorization asvd --ratio 0.95 --out-dir figures/results/ablations --seed 0 --tag rawcost --set steps_after_target=100 effective_cost=false
