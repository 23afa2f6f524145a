#!/bin/bash
# LLRC at 0.85 on SmolLM2-135M with the current defaults and zero-shot (200 documents per task, 4 per MMLU subject),
# the last missing cell of the Llama table. Both cores, nothing else running (queue29 paused meanwhile), so that
# its stage times also measure training with `MaskedLinear.skip_dropped` (commit 633efac). A first start on the code
# before 633efac, sharing the cores, was stopped at step 100 (logs/queue28_llrc085_oldcode_killed.log).
cd /work/main
export OMP_NUM_THREADS=2 MKL_NUM_THREADS=2
.venv/bin/python tools/bench_compress.py --model smollm2-135m --method llrc --factorization asvd --ratio 0.85 --tasks all --limit 200 --mmlu-limit 4
