#!/bin/bash
# Per-step benchmark of `MaskedLinear.skip_dropped` (commit 633efac), alone on both cores, after queue28.
# As first written this queue then ran the README's main job (`llrc compress smollm2-135m --ratio 0.8`) for its time;
# that part was stopped on purpose after the benchmark: queue28's LLRC run at 0.85, alone on both cores with the same
# code, had just measured the whole compression (35.6 min), and the session's time went to the zero-shot queues.
cd /work/main
export OMP_NUM_THREADS=2 MKL_NUM_THREADS=2
.venv/bin/python tools/bench_step.py --steps 6
