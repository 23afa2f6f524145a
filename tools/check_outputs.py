#!/usr/bin/env python
"""Check that every notebook is committed executed: each code cell that shows something has its output stored, and no
output shows a path of the machine it ran on, and no cell that the docs build runs out of order mixes imports with other code. A script, not a subcommand: it checks the repository, not a model.

    python tools/check_outputs.py [NOTEBOOK ...]      (default: every notebook under nbs/)

"Shows something" is read from the cell's source, the way Jupyter decides: the last statement is an expression (not a
`test_*` check, not ended by `;`), or a top-level statement calls `print`, `display` or `plt.show`. Cells that `nbdev-test` skips (`#| gpu`,
`#| slow`, `#| notest`, `#| eval: false`) and `#| export`/`#| hide` cells are not checked. Exit status 1 lists the
offending cells.

The docs build (`nbdev-proc-nbs`) runs exported cells and every cell that imports something, in a kernel that has not run
the other cells. A cell such as `import pandas as pd` followed by `model(...)` then fails there with a NameError, far into
CI. So a code cell that imports must import only (nbdev's own warning, "Found cells containing imports and other code").
"""
import ast, json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = ('gpu', 'slow', 'notest', 'eval: false', 'export', 'exporti', 'hide')
MACHINE_PATH = re.compile(r'(/work/|/tmp/|/home/|/root/|/private/var/|/Users/|[A-Z]:\\\\Users)')

def directives(src:str)->set:
    return {l[3:].strip().split()[0] if not l[3:].strip().startswith('eval:') else l[3:].strip()
            for l in src.splitlines() if l.startswith('#| ') and l[3:].strip()}

def _called(stmt)->str:
    "The name of the function a statement calls, if it is a bare call."
    if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)): return ''
    f = stmt.value.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ''

def shows_something(src:str)->bool:
    code = '\n'.join(l for l in src.splitlines() if not l.lstrip().startswith(('%', '!')))
    try: tree = ast.parse(code)
    except SyntaxError: return False
    if not tree.body: return False
    if any(_called(s) in ('print', 'display', 'show') for s in tree.body): return True      # at top level, not under an `if`
    if code.rstrip().endswith(';') or not isinstance(tree.body[-1], ast.Expr): return False
    name = _called(tree.body[-1])
    return not (name.startswith('test_') or name == 'nbdev_export')

def mixes_imports(src:str)->bool:
    "Does a top-level import share the cell with other top-level code? (What nbdev-proc-nbs warns about, and then runs.)"
    if 'nbdev_export()' in src: return False
    code = '\n'.join(l for l in src.splitlines() if not l.lstrip().startswith(('%', '!')))
    try: body = ast.parse(code).body
    except SyntaxError: return False
    imp = [isinstance(s, (ast.Import, ast.ImportFrom)) for s in body]
    return any(imp) and not all(imp)

def output_text(o:dict)->str:
    if 'text' in o: return ''.join(o['text'])
    d = o.get('data', {})
    return ''.join(''.join(v) if isinstance(v, list) else str(v) for k, v in d.items() if k.startswith('text/'))

def check(nb_path:Path)->list[str]:
    nb = json.loads(nb_path.read_text())
    bad = []
    for i, c in enumerate(nb['cells']):
        if c['cell_type'] != 'code': continue
        src = ''.join(c['source'])
        d = directives(src)
        if not {'export', 'exporti', 'exports'} & d and 'eval: false' not in d and mixes_imports(src):
            bad.append(f"{nb_path.name} cell {i} ({c.get('id', '?')}): imports and runs other code; the docs build runs it "
                       "without the cells before it: put the imports in a cell of their own")
        if any(s in d for s in SKIP): continue
        outs = c.get('outputs', [])
        if shows_something(src) and not outs: bad.append(f"{nb_path.name} cell {i} ({c.get('id', '?')}): shows something but has no stored output")
        for o in outs:
            if m := MACHINE_PATH.search(output_text(o)):
                bad.append(f"{nb_path.name} cell {i} ({c.get('id', '?')}): output shows a machine path ({m.group(0)}...)")
                break
    return bad

def main():
    nbs = [Path(a) for a in sys.argv[1:]] or sorted(p for p in (ROOT/'nbs').glob('*.ipynb') if not p.name.startswith('_'))
    bad = [b for p in nbs for b in check(p)]
    print('\n'.join(bad) if bad else f"every shown output is stored, none shows a machine path, no cell mixes imports with code ({len(nbs)} notebooks)")
    sys.exit(1 if bad else 0)

if __name__ == '__main__': main()
