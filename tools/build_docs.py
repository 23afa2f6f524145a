#!/usr/bin/env python
"""Build the docs site offline and check that every notebook has a page. A script, not a subcommand: it builds this repository's docs site.

With Quarto installed, `nbdev-docs` is the native path; here Quarto cannot be installed, so the notebooks are
processed by `nbdev-proc-nbs` and rendered by `smalldocs render _proc` into `_proc/_docs`.
"""
import re, shutil, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

def run(*cmd):
    print('$', ' '.join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)

def copy_figures(site:Path):
    "Notebooks link the study's figures as ../figures/X (outside nbs/): copy those into the site and point the pages at the copies."
    for page in site.rglob('*.html'):
        html = page.read_text()
        refs = set(re.findall(r'(?:src|href)="\.\./figures/([^"]+)"', html))
        if not refs: continue
        depth = len(page.relative_to(site).parts) - 1
        for r in refs:
            f = ROOT/'figures'/r
            if not f.exists(): print(f'FAIL: {page.name} links figures/{r}, which does not exist'); sys.exit(1)
            (site/'figures'/r).parent.mkdir(parents=True, exist_ok=True); shutil.copy2(f, site/'figures'/r)
        page.write_text(re.sub(r'((?:src|href)=")\.\./figures/', lambda m: m.group(1) + '../' * depth + 'figures/', html))
        print(f'{page.name}: {len(refs)} figure(s) copied into the site')

def main():
    if shutil.which('quarto'):
        run(str(BIN/'nbdev-docs')); site = ROOT/'_docs'
    else:
        run(str(BIN/'nbdev-proc-nbs'))
        run(str(BIN/'smalldocs'), 'render', '_proc')
        site = ROOT/'_proc'/'_docs'
    copy_figures(site)
    pages = {p.stem for p in site.rglob('*.html')}
    nbs = sorted(p for p in (ROOT/'nbs').glob('*.ipynb') if not p.name.startswith('_'))
    missing = [nb.name for nb in nbs if (nb.stem if nb.stem != 'index' else 'index') not in pages
               and nb.stem.split('_', 1)[-1] not in pages]
    side = (ROOT/'nbs'/'sidebar.yml').read_text()
    unlisted = [nb.name for nb in nbs if nb.name not in side]
    if unlisted: print('FAIL: notebooks missing from nbs/sidebar.yml (custom_sidebar):', ', '.join(unlisted)); sys.exit(1)
    print(f"{len(pages)} pages in {site}; {len(nbs)} notebooks")
    if missing: print('FAIL: notebooks without a page:', ', '.join(missing)); sys.exit(1)
    print('every notebook has a page')

if __name__ == '__main__': main()
