#!/bin/bash
# Cost of the README's main job with `MaskedLinear.skip_dropped` (commit 633efac), alone on both cores:
# first the per-step benchmark (tools/bench_step.py), then `llrc compress smollm2-135m --ratio 0.8` exactly as the
# README runs it. The saved folder's llrc.json (how it was made, the time of each stage, peak memory) is copied to
# figures/results/cost/main_job.json and the printed summary to figures/results/cost/main_job.txt; 24_cost reads them.
set -e
cd /work/main
export OMP_NUM_THREADS=2 MKL_NUM_THREADS=2
.venv/bin/python tools/bench_step.py --steps 6
rm -rf /tmp/llrc_mainjob
/usr/bin/time -v .venv/bin/llrc compress smollm2-135m --ratio 0.8 --out /tmp/llrc_mainjob --quiet > /tmp/llrc_mainjob.txt 2> /tmp/llrc_mainjob.err
cp /tmp/llrc_mainjob/llrc.json figures/results/cost/main_job.json
{ echo "\$ llrc compress smollm2-135m --ratio 0.8   (git $(git rev-parse --short HEAD), OMP_NUM_THREADS=2, alone on 2 cores)"; cat /tmp/llrc_mainjob.txt; grep -E "Elapsed|Maximum resident" /tmp/llrc_mainjob.err; } > figures/results/cost/main_job.txt
cat figures/results/cost/main_job.txt
