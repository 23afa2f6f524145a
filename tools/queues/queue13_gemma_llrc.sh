#!/bin/bash
# After the Gemma STRS run of queue10: Gemma-3-270M LLRC at 0.90 on the short schedule. One core.
cd /work/main
while pgrep -f "gemma3-270m --method strs" > /dev/null; do sleep 20; done
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/bench_compress.py --model gemma3-270m --method llrc --factorization asvd --ratio 0.9 --tag short --set steps_after_target=100
