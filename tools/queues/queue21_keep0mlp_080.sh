#!/bin/bash
# keep0mlp at the paper's ratio 0.80 (SmolLM2-135M, short schedule: 100 steps after the target, seed 0), into the
# ablations store, to compare with the full-schedule LLRC 0.80 record and STRS at 0.80. One core.
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/bench_compress.py --model smollm2-135m --method llrc --factorization asvd --ratio 0.8 --out-dir figures/results/ablations --seed 0 --tag keep0mlp_short --set steps_after_target=100 keep_dense=model.layers.0.mlp.*
