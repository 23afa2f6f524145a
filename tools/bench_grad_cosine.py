#!/usr/bin/env python
"""How far bf16 autocast moves LLRC's mask gradients, per objective, at the scale the study trains at. A script, not a subcommand: it measures this machine for 07_llrc, it compresses nothing.

    python tools/bench_grad_cosine.py [--out figures/results/precision/grad_cosine.json]

SmolLM2-135M on SVD-LLM factors (16 calibration windows of 128 tokens, seed 0), the masks set to the stored logits of
the study's LLRC runs (the state training ends in), one batch of 4 x 128 tokens, the same Gumbel noise in both
precisions: the cosine between the fp32 and the bf16 mask gradients, and the preserving term in each, for every
objective and target given. At smoke scale (a few 32-token windows, masks barely off the start) the KL term is so
small that bf16 rounding of the logits dominates it; this is the measurement at the scale that matters.
"""
import argparse, json, os, platform, subprocess, sys
from pathlib import Path
import torch

ROOT = Path(__file__).resolve().parent.parent

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--targets', default='0.8,0.95')
    ap.add_argument('--objectives', default='kl,distill')
    ap.add_argument('--out', default=str(ROOT/'figures'/'results'/'precision'/'grad_cosine.json'))
    a = ap.parse_args()
    from llrc.models import load_model, atomic_write
    from llrc.data import load_corpus, calibration_set
    from llrc.compress import factorize_layers
    from llrc.masks import install_masks
    from llrc.losses import teacher_states
    from llrc.llrc import LLRCConfig, llrc_step, training_factors
    model, tok = load_model('smollm2-135m')
    calib = calibration_set(tok, load_corpus('enwiki-gensim'), n_samples=16, seqlen=128, batch_size=4, seed=0)
    factors, _ = factorize_layers(model, calib.batches, 'svdllm', 0.5, progress=False)
    teach = teacher_states(model, calib.batches[:1])
    masks = install_masks(model, factors); del factors
    rows = []
    for t in (float(x) for x in a.targets.split(',')):
        logits = torch.load(ROOT/'figures'/'results'/'compress'/f'smollm2-135m_llrc_svdllm_r{t}_s0.logits.pt')
        for obj in a.objectives.split(','):
            cfg = LLRCConfig(objective=obj)
            def grad(precision):
                for n, m in masks.items(): m.logits.data.copy_(logits[n]); m.tau, m.keep, m.dense, m.logits.grad = cfg.tau, None, False, None
                with training_factors(model, precision, cfg.attention):
                    loss, terms = llrc_step(model, calib.batches[0], teach[0], cfg, step=0, target=t, seed=0, precision=precision)
                    loss.backward()
                for m in masks.values(): m.eval()
                return torch.cat([m.logits.grad.flatten() for m in masks.values()]), terms['distill']
            (g32, l32), (g16, l16) = grad('fp32'), grad('bf16')
            rows.append(dict(target=t, objective=obj, term_fp32=l32, term_bf16=l16,
                             cosine=torch.nn.functional.cosine_similarity(g32, g16, dim=0).item()))
            print(rows[-1], flush=True)
    out = dict(model='smollm2-135m', factorization='svdllm', batch=list(calib.batches[0].shape), rows=rows,
               threads=torch.get_num_threads(), host=dict(cpus=os.cpu_count(), machine=platform.machine()),
               command='python tools/bench_grad_cosine.py ' + ' '.join(sys.argv[1:]), torch=torch.__version__,
               git=subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], cwd=ROOT, capture_output=True, text=True).stdout.strip())
    atomic_write(Path(a.out), json.dumps(out, indent=1))

if __name__ == '__main__': main()
