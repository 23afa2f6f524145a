#!/usr/bin/env python
"""Redraw every figure under figures/ from the stored results in figures/results/ (nothing is recomputed). A script, not a subcommand: it redraws this repository's figures.

    python tools/make_figures.py
"""
import matplotlib
matplotlib.use('Agg')
from llrc.records import load_records, runs_table
from llrc.figures import make_figures, FIGURES
from llrc.ablations import make_ablation_figures, ablation_profile, ablation_records, ablation_table

if __name__ == '__main__':
    recs = load_records()
    for p in make_figures(recs): print(p)
    t = runs_table(recs)
    if len(t): (FIGURES/'results'/'compress_runs.csv').write_text(t.to_csv(index=False))
    for p in make_ablation_figures(): print(p)
    a = ablation_table(ablation_records(ablation_profile('cpu'))[0])
    if len(a): (FIGURES/'results'/'ablation_runs.csv').write_text(a.to_csv(index=False))
