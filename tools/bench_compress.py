#!/usr/bin/env python
"""Benchmark one compression run and store its result as JSON (one process per run, so peak memory is its own).

    python tools/bench_compress.py --model smollm2-135m --method llrc --ratio 0.8 [--set key=value ...]

Writes figures/results/compress/<model>_<method>_<factorization>_r<ratio>_s<seed>[_tag].json with the run's info
(ratio achieved, stage timings, peak memory, configuration, calibration, versions), the LLRC training history,
the rank of every layer, and held-out perplexity of the dense and the compressed model. The notebooks draw
their tables and figures from these files; nothing is typed by hand.
"""
import argparse, json, os, sys, time, subprocess
from pathlib import Path
import torch

ROOT = Path(__file__).resolve().parent.parent

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--model', default='smollm2-135m')
    ap.add_argument('--method', default='llrc')
    ap.add_argument('--factorization', default='asvd')
    ap.add_argument('--ratio', type=float, default=0.8)
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--n-samples', type=int, default=128)
    ap.add_argument('--seqlen', type=int, default=128)
    ap.add_argument('--ppl-windows', type=int, default=20)
    ap.add_argument('--ppl-seqlen', type=int, default=512)
    ap.add_argument('--corpus', default='auto')
    ap.add_argument('--tasks', default='', help="lm-eval zero-shot tasks after compressing, comma-separated, or 'all'")
    ap.add_argument('--limit', type=int, default=None, help='documents per task (per MMLU subject)')
    ap.add_argument('--tag', default='')
    ap.add_argument('--force', action='store_true', help='recompute even if the record exists')
    ap.add_argument('--set', nargs='*', default=[], help='LLRCConfig overrides, key=value')
    ap.add_argument('--out-dir', default=str(ROOT/'figures'/'results'/'compress'))
    a = ap.parse_args()
    from llrc.models import load_model, atomic_write
    from llrc.data import load_corpus
    from llrc.perplexity import perplexity
    from llrc.llrc import LLRCConfig
    from llrc.compress import compress, ranks
    base = LLRCConfig()
    over = {}
    for kv in a.set:
        k, v = kv.split('=', 1)
        t = type(getattr(base, k))
        over[k] = (v.lower() in ('1', 'true', 'yes')) if t is bool else t(v)
    cfg = base.replace(**over)
    name = f"{a.model}_{a.method}_{a.factorization}_r{a.ratio}_s{a.seed}" + (f"_{a.tag}" if a.tag else '')
    out = Path(a.out_dir)/f"{name}.json"
    if out.exists() and not a.force:      # a finished configuration is never recomputed (the record is written atomically)
        print(f"{name}: stored in {out}; skipping (--force to recompute)"); return
    t0 = time.time()
    model, tok = load_model(a.model)
    corpus = load_corpus(a.corpus)
    dense = perplexity(model, tok, corpus, seqlen=a.ppl_seqlen, max_windows=a.ppl_windows, progress=False)
    res = compress(model, a.ratio, a.method, tok=tok, cfg=cfg, factorization=a.factorization, corpus=corpus,
                   n_samples=a.n_samples, seqlen=a.seqlen, seed=a.seed, progress=False)
    res.info['model'] = a.model
    comp = perplexity(res.model, tok, corpus, seqlen=a.ppl_seqlen, max_windows=a.ppl_windows, progress=False)
    zs = None
    if a.tasks:
        from llrc.evaluate import zero_shot, PAPER_TASKS
        zs = zero_shot(res.model, tok, PAPER_TASKS if a.tasks == 'all' else a.tasks.split(','), limit=a.limit)
    rec = dict(name=name, info=res.info, overrides=over, ppl_dense=dense, ppl=comp, zero_shot=zs, ranks=ranks(res.rank_map),
               history=res.history, wall_seconds=round(time.time() - t0, 1),
               command='python tools/bench_compress.py ' + ' '.join(sys.argv[1:]),
               git=subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], cwd=ROOT, capture_output=True, text=True).stdout.strip())
    atomic_write(out, json.dumps(rec, default=str))
    print(f"{name}: ratio {res.info['ratio']:.4f}, ppl dense {dense['ppl']:.2f} -> {comp['ppl']:.2f}, "
          f"{res.info['steps']} steps, {sum(res.info['seconds'].values()):.0f}s, peak {res.info['peak_memory_gb']} GB -> {out}")

if __name__ == '__main__': main()
