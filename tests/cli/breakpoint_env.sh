#!/usr/bin/env bash
# breakpoint() and sys.breakpointhook: $PYTHONBREAKPOINT names the hook ("0" disables it, a module
# of the test or a builtin is imported and called with breakpoint's arguments); one that cannot be
# imported gives CPython's RuntimeWarning (once per location, recorded in __warningregistry__).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cat >"$T/bpmod.py" <<'PYEOF'
def hook(*args, **kw):
    print("hook called", args, sorted(kw.items()))
    return "hook result"
PYEOF
cat >"$T/bpbroken.py" <<'PYEOF'
raise ValueError("not importable")
PYEOF
cat >"$T/main.py" <<'PYEOF'
import sys
print(sys.breakpointhook is sys.__breakpointhook__)
print("result", breakpoint(1, 2, a=3))


def inner():
    for i in range(3):
        r = breakpoint()
    return r


print("inner", inner())
print(sorted(k for k in globals() if k.startswith("__w")), globals().get("__warningregistry__"))
PYEOF
cd "$T" || exit 1
for v in 0 bpmod.hook bpmod.missing nosuch.f .x bpmod. bpmod bpbroken.f; do
    echo "== PYTHONBREAKPOINT=$v"
    PYTHONBREAKPOINT=$v show $PY main.py
done
echo "== a builtin"
PYTHONBREAKPOINT=print show $PY -c 'breakpoint("to", "print", sep="-")'
echo "== -c: no source line"
PYTHONBREAKPOINT=nosuch.f show $PY -c 'print(breakpoint())'
echo "== hooks set by the program"
cat >"$T/hooks.py" <<'PYEOF'
import sys
sys.breakpointhook = lambda *a, **k: ("custom", a, k)
print(breakpoint(1, x=2))
sys.breakpointhook = None
try:
    breakpoint()
except TypeError as e:
    print("TypeError:", e)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
print(sys.__breakpointhook__())
PYEOF
PYTHONBREAKPOINT=0 show $PY hooks.py
# the warning goes through the warnings filters
PYTHONBREAKPOINT=nosuch.f show $PY -W error -c 'print(breakpoint())'
PYTHONBREAKPOINT=nosuch.f show $PY -W ignore::RuntimeWarning -c 'print(breakpoint())'
PYTHONBREAKPOINT=nosuch.f show $PY -c 'import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    breakpoint(); breakpoint()
print([(w.category.__name__, str(w.message), w.lineno) for w in log])'
