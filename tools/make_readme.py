#!/usr/bin/env python
"""Generate README.md from nbs/index.ipynb (nbdev's own `nbdev-readme` needs Quarto, which cannot be installed here). A script, not a subcommand: it writes this repository's README.

Markdown cells are copied; code cells are shown as Python blocks unless hidden (`#| hide`, `#| include: false`),
with `#| echo: false` showing only the output; text outputs become fenced blocks and markdown outputs are
inlined (that is how the headline table, generated from stored results, reaches the README).
`--check` exits 1 if README.md differs from what it would write.
"""
import json, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def directives(src):
    d = {}
    for l in src.splitlines():
        if l.startswith('#|'):
            k, _, v = l[2:].strip().partition(':')
            d[k.strip()] = v.strip() or True
    return d

def render(nb_path=ROOT/'nbs'/'index.ipynb'):
    nb = json.loads(Path(nb_path).read_text())
    parts = []
    for c in nb['cells']:
        src = ''.join(c['source'])
        if c['cell_type'] == 'markdown':
            parts.append(src.strip().replace('](../figures/', '](figures/')); continue   # links relative to the repo root
        if c['cell_type'] != 'code': continue
        d = directives(src)
        if 'hide' in d or d.get('include') == 'false' or 'default_exp' in d: continue
        code = '\n'.join(l for l in src.splitlines() if not l.startswith('#|')).strip()
        if code and d.get('echo') != 'false': parts.append(f"```python\n{code}\n```")
        for o in c.get('outputs', []):
            data = o.get('data', {})
            if 'text/markdown' in data: parts.append(''.join(data['text/markdown']).strip())
            elif o.get('output_type') == 'stream': parts.append("```\n" + ''.join(o['text']).rstrip() + "\n```")
            elif 'text/plain' in data: parts.append("```\n" + ''.join(data['text/plain']).rstrip() + "\n```")
    return '\n\n'.join(p for p in parts if p) + '\n'

if __name__ == '__main__':
    text = render()
    readme = ROOT/'README.md'
    if '--check' in sys.argv:
        if not readme.exists() or readme.read_text() != text:
            print("README.md is not what nbs/index.ipynb generates: run python tools/make_readme.py"); sys.exit(1)
        print("README.md is up to date"); sys.exit(0)
    readme.write_text(text); print(f"wrote {readme}")
