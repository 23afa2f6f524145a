#!/usr/bin/env python
"""Open the built docs site in headless Chromium and save screenshots of the home page, one study page and two library pages. A script, not a subcommand: it photographs this repository's docs site.

    python tools/build_docs.py && python tools/screenshots.py [--out DIR]

Needs Debian's `chromium` (`apt-get install chromium`); the site must be built first (`_proc/_docs`, or `_docs`
where Quarto built it). Each screenshot is checked to be a real page (a PNG of the asked size, not blank).
"""
import argparse, shutil, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = {'home': 'index.html', 'study': '20_study_tables.html', 'library_select': '06a_select.html', 'library_llrc': '07_llrc.html'}

def chromium()->str|None:
    return next((shutil.which(b) for b in ('chromium', 'chromium-browser', 'google-chrome') if shutil.which(b)), None)

def shoot(browser:str, page:Path, out:Path, size=(1280, 1600)):
    with tempfile.TemporaryDirectory() as prof:
        cmd = [browser, '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', f'--user-data-dir={prof}',
               f'--window-size={size[0]},{size[1]}', f'--screenshot={out}', page.resolve().as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    from PIL import Image
    im = Image.open(out)
    lo, hi = im.convert('L').getextrema()
    if im.size != size or hi - lo < 50: raise SystemExit(f"FAIL: {out} does not look like a rendered page ({im.size}, contrast {hi - lo})")
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=str(ROOT/'figures'/'screenshots'))
    a = ap.parse_args()
    site = next((d for d in (ROOT/'_proc'/'_docs', ROOT/'_docs') if (d/'index.html').exists()), None)
    if site is None: sys.exit("FAIL: no built site; run tools/build_docs.py first")
    browser = chromium()
    if browser is None: sys.exit("FAIL: no chromium; install it with `apt-get install chromium`")
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    for name, page in PAGES.items():
        print(shoot(browser, site/page, out/f'docs_{name}.png'))

if __name__ == '__main__': main()
