#!/usr/bin/env python
"""Add zero-shot accuracy to stored records without recomputing their selection. A script, not a subcommand: it rewrites records of the study's store (llrc eval --tasks measures any folder).

    python tools/add_zero_shot.py smollm2-135m_strs_asvd_r0.8_s0 [...] --tasks all --limit 200 --mmlu-limit 4 [--batch-size B] [--store DIR] [--force]

Each named record's compressed model is rebuilt from its calibration and its selection (the kept ranks; for LLRC
the stored mask logits), checked to reproduce the record's held-out perplexity (`llrc.results.rebuild_record`
refuses otherwise), evaluated with lm-eval, and the record is rewritten atomically with `zero_shot.rebuilt: true`
and this command. A record that already has zero-shot results is skipped unless --force.
"""
import argparse, json, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('names', nargs='+', help='record names (file stems) in the store')
    ap.add_argument('--store', default=str(ROOT/'figures'/'results'/'compress'))
    ap.add_argument('--tasks', default='all', help="comma-separated, or 'all'")
    ap.add_argument('--limit', type=int, default=None, help='documents per task')
    ap.add_argument('--mmlu-limit', type=int, default=None, help='documents per MMLU subject (57 subjects)')
    ap.add_argument('--batch-size', type=int, default=None, help='lm-eval batch size (default: llrc.evaluate.eval_batch_size)')
    ap.add_argument('--force', action='store_true', help='replace zero-shot results a record already has')
    a = ap.parse_args()
    from llrc.results import add_zero_shot
    from llrc.evaluate import PAPER_TASKS
    tasks = PAPER_TASKS if a.tasks == 'all' else a.tasks.split(',')
    for n in a.names:
        f = Path(a.store)/f"{n}.json"
        if not f.exists(): sys.exit(f"no record {f}")
        rec = json.loads(f.read_text())
        if rec.get('zero_shot') and not a.force: print(f"{n}: has zero-shot results; skipping (--force to redo)"); continue
        rec = add_zero_shot(rec, tasks, a.limit, a.mmlu_limit, a.store, force=a.force, batch_size=a.batch_size, command=
                            'python tools/add_zero_shot.py ' + ' '.join([n] + [x for x in sys.argv[1:] if x not in a.names]))
        zs = rec['zero_shot']
        print(f"{n}: " + ', '.join(f"{k} {v['acc']:.3f}" for k, v in zs['tasks'].items()) + f" ({zs['seconds']:.0f}s)", flush=True)

if __name__ == '__main__': main()
