#!/usr/bin/env python
"""Run the README's examples as written and store what each one did (exit code, minutes, peak memory, its last lines). A script, not a subcommand: it checks this repository's README, not a model.

    python tools/check_readme.py [--also "llrc eval runs/smollm2-0.9" ...] [--out figures/results/cost/readme_check.json]

What runs, in the README's order, each in its own process from the repository root (so each peak is its own):
- the main command: the first line of the README's first shell block, after its `bash tools/setup.sh &&` (setup is
  what CI runs on a fresh clone; running it again here would reinstall the package from wherever this runs);
- every ```python block, each as `python -c BLOCK` (they share only the files they write, as a reader's sessions would);
- each `--also` command, e.g. the shell commands that the prose names with a real folder.
A command that fails is recorded with its output and makes this script exit 1. The result is written atomically.
"""
import argparse, json, os, platform, re, shlex, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def readme_commands(text:str)->list[dict]:
    "The main command and the Python blocks of a README, in order."
    blocks = re.findall(r"```(\w+)\n(.*?)```", text, flags=re.S)
    shell = [b for lang, b in blocks if lang in ('bash', 'sh')]
    if not shell: sys.exit("README has no shell block")
    main = shell[0].strip().splitlines()[0]
    main = re.sub(r"^bash tools/setup\.sh\s*&&\s*", "", main)
    cmds = [dict(kind='main command', cmd=main)]
    cmds += [dict(kind='python block', cmd=b) for lang, b in blocks if lang == 'python']
    return cmds

def run(cmd:str, kind:str)->dict:
    "Run one command from the repository root; its wall time, exit code, peak resident memory and last output lines."
    argv = [sys.executable, '-c', cmd] if kind == 'python block' else ['bash', '-c', cmd]
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}")   # .venv/bin, as setup.sh made it
    t = time.time()
    with tempfile.TemporaryFile('w+') as log:
        p = subprocess.Popen(argv, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        log.seek(0); out = log.read()
    rc = os.waitstatus_to_exitcode(status)
    lines = [l for l in out.replace('\r', '\n').splitlines() if l.strip() and not re.search(r'\d+%\|', l)]
    return dict(kind=kind, cmd=cmd, rc=rc, minutes=round((time.time() - t) / 60, 2),
                peak_rss_gb=round(usage.ru_maxrss / 2**20, 2), tail=lines[-12:])

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--only-parse', action='store_true', help='list the commands, run nothing')
    ap.add_argument('--also', action='append', default=[], help='a further shell command to run after the README\'s')
    ap.add_argument('--out', default=str(ROOT/'figures'/'results'/'cost'/'readme_check.json'))
    a = ap.parse_args()
    cmds = readme_commands((ROOT/'README.md').read_text()) + [dict(kind='also', cmd=c) for c in a.also]
    if a.only_parse: print(json.dumps(cmds, indent=1)); return
    import torch
    res = []
    for j, c in enumerate(cmds, 1):
        print(f"[{j}/{len(cmds)}] {c['kind']}: {c['cmd'].splitlines()[0]} ...", flush=True)
        r = run(c['cmd'], c['kind']); res.append(r)
        print(f"    rc {r['rc']}, {r['minutes']} min, peak {r['peak_rss_gb']} GB; " + (r['tail'][-1] if r['tail'] else ''), flush=True)
    commit = subprocess.run(['git', 'rev-parse', 'HEAD'], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    rec = dict(command='python tools/check_readme.py ' + ' '.join(shlex.quote(x) for x in sys.argv[1:]), commit=commit,
               host=dict(cpus=os.cpu_count(), torch_threads=torch.get_num_threads(), machine=platform.machine(),
                         load_1min_end=round(os.getloadavg()[0], 2)),
               date=time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime()), results=res)
    out = Path(a.out); out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix('.tmp'); tmp.write_text(json.dumps(rec, indent=1)); tmp.replace(out)
    failed = [r for r in res if r['rc'] != 0]
    print(f"{len(res) - len(failed)} ran, {len(failed)} failed; stored in {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    sys.exit(1 if failed else 0)

if __name__ == '__main__': main()
