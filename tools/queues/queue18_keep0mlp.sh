#!/bin/bash
# Ablation keep0mlp: LLRC with block 0's MLP kept dense (never masked), the allocation STRS makes and the one
# difference of the best seed of the hinge ablation; SmolLM2-135M at 0.95, short schedule, seeds 0 and 1. One core.
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
B=".venv/bin/python tools/bench_compress.py --model smollm2-135m --method llrc --factorization asvd --ratio 0.95 --out-dir figures/results/ablations"
for s in 0 1; do
  $B --seed $s --tag keep0mlp --set steps_after_target=100 keep_dense=model.layers.0.mlp.*
done
