#!/usr/bin/env python
"""Benchmark one compression run and store its result as JSON (one process per run, so peak memory is its own). A script, not a subcommand: one record of any configuration, outside the study profiles (`llrc study run` runs those).

    python tools/bench_compress.py --model smollm2-135m --method llrc --ratio 0.8 [--set key=value ...]

The command line of `llrc.results.run_record`: writes figures/results/compress/<model>_<method>_<factorization>_r<ratio>_s<seed>[_tag].json
with the run's info (ratio achieved, stage timings, peak memory, configuration, calibration, versions), the training history,
the rank of every layer, held-out perplexity of the dense and the compressed model, zero-shot accuracies if asked, the exact
command and the git commit. A stored configuration is skipped (--force recomputes it); an interrupted LLRC run resumes
from its mask checkpoint. `--method dense` evaluates the uncompressed model the same way. The notebooks draw their tables
and figures from these files; nothing is typed by hand.
"""
import argparse, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--model', default='smollm2-135m')
    ap.add_argument('--method', default='llrc', help="llrc, uniform, strs, ars, or dense (evaluate the uncompressed model)")
    ap.add_argument('--factorization', default='asvd')
    ap.add_argument('--ratio', type=float, default=0.8)
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--n-samples', type=int, default=128)
    ap.add_argument('--seqlen', type=int, default=128)
    ap.add_argument('--ppl-windows', type=int, default=20)
    ap.add_argument('--ppl-seqlen', type=int, default=512)
    ap.add_argument('--corpus', default='auto')
    ap.add_argument('--tasks', default='', help="lm-eval zero-shot tasks after compressing, comma-separated, or 'all'")
    ap.add_argument('--limit', type=int, default=None, help='documents per task (per MMLU subject unless --mmlu-limit)')
    ap.add_argument('--mmlu-limit', type=int, default=None, help='documents per MMLU subject (57 subjects)')
    ap.add_argument('--tag', default='')
    ap.add_argument('--preset', default=None, help="LLRC: 'paper' starts from LLRCConfig.paper() instead of the defaults")
    ap.add_argument('--force', action='store_true', help='recompute even if the record exists')
    ap.add_argument('--set', nargs='*', default=[], help="LLRCConfig (ARSConfig for --method ars) overrides, key=value; "
                    "for --method strs: candidates=0.1,0.5 and positions=N")
    ap.add_argument('--out-dir', default=str(ROOT/'figures'/'results'/'compress'))
    a = ap.parse_args()
    from llrc.select import get_selector
    from llrc.results import run_record, record_name
    from llrc.evaluate import PAPER_TASKS
    sel = get_selector(a.method) if a.method != 'dense' else None
    base = (getattr(sel.config, a.preset)() if a.preset else sel.make_config()) if sel else None
    over = {}
    for kv in a.set:
        k, v = kv.split('=', 1)
        if base is None or not hasattr(base, k): sys.exit(f"method '{a.method}' has no setting '{k}'")
        d = getattr(base, k)
        if isinstance(d, tuple): over[k] = tuple(float(x) for x in v.split(','))
        elif isinstance(d, bool): over[k] = v.lower() in ('1', 'true', 'yes')
        elif d is None: over[k] = int(v) if v.lstrip('-').isdigit() else v   # unset by default: a count, or a word
        else: over[k] = type(d)(v)
    fact = None if a.method == 'dense' else a.factorization
    name = record_name(a.model, a.method, fact, a.ratio, a.seed, a.tag)
    if (Path(a.out_dir)/f"{name}.json").exists() and not a.force:
        print(f"{name}: stored in {a.out_dir}; skipping (--force to recompute)"); return
    tasks = (PAPER_TASKS if a.tasks == 'all' else a.tasks.split(',')) if a.tasks else None
    r = run_record(a.model, a.method, a.ratio, fact, a.seed, a.n_samples, a.seqlen, a.corpus, a.ppl_windows, a.ppl_seqlen,
                   tasks, a.limit, a.mmlu_limit, over, a.out_dir, a.tag, a.force,
                   command='python tools/bench_compress.py ' + ' '.join(sys.argv[1:]), preset=a.preset)
    i = r['info']
    zs = ', '.join(f"{k} {v['acc']:.3f}" for k, v in (r['zero_shot'] or {}).get('tasks', {}).items() if v['acc'] is not None)
    print(f"{name}: ratio {i['ratio']:.4f}, ppl dense {r['ppl_dense']['ppl']:.2f} -> {r['ppl']['ppl']:.2f}, "
          f"{i['steps']} steps, {sum(i['seconds'].values()):.0f}s, peak {i['peak_memory_gb']} GB" + (f"; {zs}" if zs else '') + f" -> {a.out_dir}")

if __name__ == '__main__': main()
