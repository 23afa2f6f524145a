#!/bin/bash
# Once the Gemma-3 STRS run of queue8 is stored, stop queue8 (its Gemma LLRC/ARS and SmolLM2 zero-shot runs did not fit this session)
# and run the last ablation (our reconstruction-aware hinge off) on the freed core.
cd /work/main
until [ -f figures/results/compress/gemma3-270m_strs_asvd_r0.9_s0.json ]; do sleep 20; done
pkill -f queue8_gemma.sh; sleep 2; pkill -f "bench_compress.py --model gemma3-270m --method llrc"
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
.venv/bin/python tools/bench_compress.py --model smollm2-135m --method llrc --factorization asvd --ratio 0.95 --out-dir figures/results/ablations --seed 0 --tag rawcost --set steps_after_target=100 effective_cost=false
