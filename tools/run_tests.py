#!/usr/bin/env python
"""Run every notebook under nbdev-test, one process per notebook, and print "N passed, N failed". A script, not a subcommand: it tests this repository.

Usage: python tools/run_tests.py [NOTEBOOK ...] [--flags "slow"] [--workers 2] [--save]

--save writes each passing notebook's outputs back (then nbdev-clean): the library notebooks are committed executed
this way, with the small real results of their tests (tools/check_outputs.py checks that none is missing). Do not use
it on the study notebooks (20-24): under test they run the smoke profile, and their committed outputs are the study's.
"""
import argparse, os, subprocess, sys, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def run_one(nb, flags, threads, save=False):
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads), TOKENIZERS_PARALLELISM='false')
    cmd = [str(Path(sys.executable).parent/'nbdev-test')]
    cmd += [str(nb), '--n-workers', '0', '--timing']
    if flags: cmd += ['--flags', flags]
    if save: cmd += ['--save']
    t0 = time.time()
    p = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if save and p.returncode == 0:
        subprocess.run([str(Path(sys.executable).parent/'nbdev-clean'), '--fname', str(nb)], cwd=ROOT, check=True)
    return nb, p.returncode == 0, time.time() - t0, p.stdout + p.stderr

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('notebooks', nargs='*')
    ap.add_argument('--flags', default='')
    ap.add_argument('--workers', type=int, default=int(os.environ.get('LLRC_TEST_WORKERS', 2)))
    ap.add_argument('--save', action='store_true', help='write the outputs of each passing notebook back (library notebooks)')
    a = ap.parse_args()
    nbs = [Path(n) for n in a.notebooks] or sorted(p for p in (ROOT/'nbs').glob('*.ipynb') if not p.name.startswith('_'))
    threads = max(1, (os.cpu_count() or 2) // max(1, a.workers))
    passed, failed = [], []
    t0 = time.time()
    with ThreadPoolExecutor(a.workers) as ex:
        for nb, ok, secs, out in ex.map(lambda n: run_one(n, a.flags, threads, a.save), nbs):
            print(f"{'PASS' if ok else 'FAIL'} {nb.name} ({secs:.0f}s)", flush=True)
            (passed if ok else failed).append(nb.name)
            if not ok: print('\n'.join('    ' + l for l in out.strip().splitlines()[-60:]), flush=True)
    print(f"total {time.time()-t0:.0f}s")
    print(f"{len(passed)} passed, {len(failed)} failed")
    sys.exit(1 if failed or not passed else 0)

if __name__ == '__main__': main()
