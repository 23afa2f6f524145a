#!/bin/bash
# Gemma-3-270M at 0.90, STRS (the row queue8 did not finish): its sensitivity perplexities scored on the last 32
# tokens of each calibration window (see 13_baselines). One core; LLRC and ARS follow in queue13 and queue12.
cd /work/main
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/bench_compress.py --model gemma3-270m --method strs --factorization asvd --ratio 0.9 --tag last32 --set positions=32
