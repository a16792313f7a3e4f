#!/usr/bin/env bash
# The int digit limit from the command line: -X int_max_str_digits, PYTHONINTMAXSTRDIGITS
# (invalid values are fatal), and a too-long int literal in the script.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show


cd "$T" || exit 1
{ echo 'x = 1'; printf 'y = 2 + '; printf '7%.0s' $(seq 4301); echo; } >lit.py
echo 'import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits(), len(str(10**5000)))' >show.py
# the caret/text of the literal error depend on CPython's file buffering: keep the message
show $PY lit.py 2>&1 | grep -v '^    '
show $PY -X int_max_str_digits=5000 lit.py
show $PY -X int_max_str_digits=0 show.py
show env PYTHONINTMAXSTRDIGITS=0 $PY show.py
show env PYTHONINTMAXSTRDIGITS=5000 $PY -X int_max_str_digits=640 show.py
show env PYTHONINTMAXSTRDIGITS=0 $PY -E show.py
show env PYTHONINTMAXSTRDIGITS= $PY show.py
show env PYTHONINTMAXSTRDIGITS=639 $PY show.py
show $PY -X int_max_str_digits show.py
show $PY -X int_max_str_digits=abc show.py
