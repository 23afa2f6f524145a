#!/bin/bash
# keep0mlp with seed 2 (after queue18's seeds 0 and 1) (the zero-shot of the seed-0 runs is queue20)
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
while pgrep -f "bash tools/queues/queue18_keep0mlp.sh" > /dev/null; do sleep 20; done
.venv/bin/python tools/bench_compress.py --model smollm2-135m --method llrc --factorization asvd --ratio 0.95 --out-dir figures/results/ablations --seed 2 --tag keep0mlp --set steps_after_target=100 keep_dense=model.layers.0.mlp.*
