#!/usr/bin/env python
"""Time one LLRC training step (loss, backward) with `MaskedLinear.skip_dropped` off and on. A script, not a subcommand: it measures this machine for 24_cost, it compresses nothing.

    python tools/bench_step.py [--steps 8] [--out figures/results/cost/step_bench.json]

Two mask states of SmolLM2-135M, SVD-LLM factors: `start` (the informed init, every value kept) and `trained` (the stored
mask logits of the study's LLRC run at 0.80, the state its training ended in). Settings alternate step by step so
that a busy machine slows both alike; the median seconds per step is stored, with the torch threads, the fraction of
singular values the step kept, and the largest gradient difference between the two settings (they must agree).
"""
import argparse, json, statistics, subprocess, sys, time
from pathlib import Path
import torch

ROOT = Path(__file__).resolve().parent.parent

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--steps', type=int, default=8, help='timed steps per setting and state (after one warm-up each)')
    ap.add_argument('--out', default=str(ROOT/'figures'/'results'/'cost'/'step_bench.json'))
    a = ap.parse_args()
    from llrc.models import load_model, atomic_write
    from llrc.data import load_corpus, calibration_set
    from llrc.compress import factorize_layers
    from llrc.losses import teacher_states
    from llrc.masks import install_masks, masked_layers, MaskedLinear
    from llrc.llrc import LLRCConfig, llrc_step
    model, tok = load_model('smollm2-135m')
    calib = calibration_set(tok, load_corpus('enwiki-gensim'), n_samples=32, seqlen=128, seed=0)   # batches of 4 x 128, as in training
    factors, _ = factorize_layers(model, calib.batches, 'svdllm', 0.5, progress=False)
    teach = teacher_states(model, calib.batches)
    install_masks(model, factors); del factors
    ml = masked_layers(model)
    start = {n: m.logits.detach().clone() for n, m in ml.items()}
    trained = torch.load(ROOT/'figures'/'results'/'compress'/'smollm2-135m_llrc_svdllm_r0.8_s0.logits.pt')
    cfg = LLRCConfig()
    out = dict(model='smollm2-135m', factorization='svdllm', batch=list(calib.batches[0].shape), threads=torch.get_num_threads(),
               steps=a.steps, states={}, command='python tools/bench_step.py ' + ' '.join(sys.argv[1:]),
               git=subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], cwd=ROOT, capture_output=True, text=True).stdout.strip(),
               torch=torch.__version__)
    for state, logits in [('start', start), ('trained', trained)]:
        with torch.no_grad():
            for n, m in ml.items(): m.logits.copy_(logits[n])
        times, grads, kept = {False: [], True: []}, {}, []
        for i in range(a.steps + 1):
            for skip in (False, True):
                MaskedLinear.skip_dropped = skip
                for m in ml.values(): m.logits.grad = None
                t = time.perf_counter()
                loss, _ = llrc_step(model, calib.batches[i % len(calib.batches)], teach[i % len(calib.batches)], cfg, i, target=0.8)
                loss.backward()
                dt = time.perf_counter() - t
                if i: times[skip].append(dt)
                grads[skip] = torch.cat([m.logits.grad.flatten() for m in ml.values()])
                if skip: kept.append(sum(int(m.last_mask.detach().sum()) for m in ml.values()) / sum(m.rank for m in ml.values()))
            diff = ((grads[True] - grads[False]).abs().max() / grads[False].abs().max()).item()
            out.setdefault('max_grad_rel_diff', 0.0); out['max_grad_rel_diff'] = max(out['max_grad_rel_diff'], diff)
        for m in ml.values(): m.eval()
        out['states'][state] = dict(kept_fraction=statistics.mean(kept), seconds_plain=statistics.median(times[False]),
                                    seconds_skip=statistics.median(times[True]), all_plain=times[False], all_skip=times[True])
        s = out['states'][state]
        print(f"{state}: kept {s['kept_fraction']:.3f} of singular values; {s['seconds_plain']:.3f} s/step plain, "
              f"{s['seconds_skip']:.3f} s/step skipping dropped values ({s['seconds_skip']/s['seconds_plain']:.2f}x)", flush=True)
    MaskedLinear.skip_dropped = True
    print(f"largest relative gradient difference between the two: {out['max_grad_rel_diff']:.2e}")
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    atomic_write(Path(a.out), json.dumps(out, indent=1))

if __name__ == '__main__': main()
