#!/usr/bin/env bash
# The standard library written in Python comes after the script folder and PYTHONPATH on sys.path,
# so local modules shadow it (but not C built-ins like sys or math); tracebacks show its source lines.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show
# stdlib paths and line numbers differ between implementations
libnorm() { sed -e 's#File "[^"]*/\(contextlib\.py\)", line [0-9]*#File "STDLIB/\1", line N#'; }

mkdir -p "$T/app" "$T/pp" "$T/plain"
echo 'print("local __future__"); annotations = "mine"' >"$T/app/__future__.py"
echo 'print("local sys must not load")' >"$T/app/sys.py"
echo 'print("local math must not load")' >"$T/app/math.py"
echo 'print("pythonpath contextlib")' >"$T/pp/contextlib.py"
cat >"$T/app/main.py" <<'PYEOF'
import __future__
import sys, math
print("future", __future__.annotations)
print("sys is builtin", type(sys).__name__, sys.__spec__.origin, math.pi > 3)
PYEOF
cat >"$T/plain/main.py" <<'PYEOF'
import __future__, contextlib, importlib
print("future", __future__.annotations, __future__.division.getMandatoryRelease())
print(type(__future__.annotations).__name__, __future__.__name__, __future__.__file__.endswith("/__future__.py"))
print(contextlib.__spec__.name, contextlib.__spec__.origin == contextlib.__file__, contextlib.__package__ == "")
print(importlib.__spec__.submodule_search_locations == importlib.__path__, importlib.__package__)
print(contextlib.__loader__.get_source("contextlib") is not None)
PYEOF
cat >"$T/plain/tb.py" <<'PYEOF'
from contextlib import contextmanager
@contextmanager
def cm():
    yield 1
    raise ValueError("after yield")
with cm() as v:
    print("body", v)
PYEOF
show $PY "$T/app/main.py"
show $PY -I "$T/app/main.py"
show $PY "$T/plain/main.py"
PYTHONPATH="$T/pp" show $PY -c 'import contextlib'
PYTHONPATH="$T/pp" show $PY -E -c 'import contextlib; print(contextlib.nullcontext(3).enter_result)'
show $PY "$T/plain/tb.py" | libnorm
