#!/usr/bin/env bash
# PYTHON* environment variables that act like options (PYTHONHASHSEED, PYTHONUNBUFFERED,
# PYTHONDONTWRITEBYTECODE, PYTHONWARNINGS) and -E; -x; -W/-X into sys.warnoptions/_xoptions.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cd "$T" || exit 1
PYTHONHASHSEED=0 show $PY -c 'import sys; print(hash("abc"), sys.flags.hash_randomization)'
h1=$(PYTHONHASHSEED=12345 $PY -c 'print(hash("taipan"))')
h2=$(PYTHONHASHSEED=12345 $PY -c 'print(hash("taipan"))')
[ "$h1" = "$h2" ] && echo "PYTHONHASHSEED=12345 is deterministic"
PYTHONHASHSEED=0 show $PY -E -c 'import sys; print(hash("abc") != -4594863902769663758, sys.flags.hash_randomization)'
PYTHONUNBUFFERED=1 $PY -c 'import sys; print("out1"); print("err", file=sys.stderr); print("out2")' >"$T/o" 2>&1
cat "$T/o"
PYTHONUNBUFFERED=1 $PY -E -c 'import sys; print("out1"); print("err", file=sys.stderr); print("out2")' >"$T/o" 2>&1
cat "$T/o"
PYTHONDONTWRITEBYTECODE= show $PY -c 'import sys; print(sys.flags.dont_write_bytecode)'
printf 'not python at all !!\nimport sys\nprint("skipped first line", sys.argv)\n1/0\n' >"$T/x1.py"
show $PY -x x1.py a
show $PY -x - b <x1.py
PYTHONWARNINGS="error::DeprecationWarning,ignore" show $PY -W ignore -Wdefault -X utf8 -X a=b -X c=d=e -c 'import sys; print(sys.warnoptions, sys._xoptions)'
PYTHONWARNINGS="ignore" show $PY -E -W default -c 'import sys; print(sys.warnoptions)'
