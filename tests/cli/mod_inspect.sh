#!/usr/bin/env bash
# -i (and -i with no program): after the program, statements are read from stdin even when it is no
# terminal, with the prompts on stderr; errors are reported and reading goes on; SystemExit ends it.
# PYTHONSTARTUP runs only for an interactive start; PYTHONINSPECT alone needs a terminal.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cd "$T" || exit 1
cat >"$T/session.txt" <<'PYEOF'
x + 1
print("hi")
y = 2
y
1/0
if x:
    print("block", x)

for i in range(2):
    print(i)

(1,
 2)
"""a
b"""
def f():
    return x * 2

f()
# a comment

x = None
x
raise SystemExit(3)
print("not reached")
PYEOF
cat >"$T/startup.py" <<'PYEOF'
print("startup ran")
from_startup = 1
PYEOF
echo 'x = 40' >"$T/prog.py"
show $PY -i -c 'x = 41' <"$T/session.txt"
show $PY -i "$T/prog.py" <"$T/session.txt"
show $PY -q -i <"$T/session.txt"
printf 'x\n' | show $PY -i -c '1/0'
printf 'x\n' | show $PY -i -c 'raise SystemExit(4)'
printf 'import sys\nprint(sys.argv, sys.path[0] == "", __name__)\n' | show $PY -q -i - a b
printf 'print(from_startup)\n' | PYTHONSTARTUP="$T/startup.py" show $PY -i -q
printf 'print(from_startup)\n' | PYTHONSTARTUP="$T/startup.py" show $PY -i -c 'pass'
printf 'print(from_startup)\n' | PYTHONSTARTUP="$T/startup.py" show $PY -E -i -q
printf 'print(x)\n' | PYTHONINSPECT=1 show $PY -c 'x = 7'
printf 'print("stdin program")\n' | PYTHONINSPECT=1 show $PY
printf 'print(sys.flags.inspect, sys.flags.interactive)\n' | show $PY -i -c 'import sys'
printf 'print(sys.ps1, sys.ps2)\n1/0\nprint(sys.last_type.__name__, sys.last_value)\n' | show $PY -q -i -c 'import sys; print(hasattr(sys, "ps1"))'
# errors of the program and of each statement go through sys.excepthook
printf 'print("after")\n1/0\n' | show $PY -q -i -c 'import sys
sys.excepthook = lambda t, v, tb: print("hook:", t.__name__, v)
{}["k"]'
