#!/usr/bin/env bash
# Command-line options as CPython has them: -h, -V/-VV, -q, -B, -I, -W/-X accepted, combined
# flags, "--" and "-", the end of the option list at -c/-m/the script, sys.argv in each case.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cd "$T" || exit 1
echo 'import sys; print("argv", sys.argv)' >"$T/args.py"
echo 'import sys; print("dash-named script", sys.argv)' >"$T/-x.py"
# the help text is CPython's (taipan adds a line for its --dis option)
show $PY -h | grep -v -e '^--dis'
show $PY --help | head -n 3
$PY -V
$PY -VV | cut -d' ' -f1-2
$PY -V -c 'print("not run")'
show $PY -q -B -c 'import sys; print(sys.flags.quiet, sys.flags.dont_write_bytecode, sys.dont_write_bytecode)'
show $PY -IqB -c 'import sys; print(sys.flags.isolated, sys.flags.quiet, sys.flags.dont_write_bytecode)'
show $PY -W ignore -Wdefault -X dev -Xutf8 -c 'print("W and X accepted")'
show $PY -c 'import sys; print(sys.argv)' -c -m -- x
show $PY -- args.py -a -- b
show $PY -- -x.py 1
show $PY - one -c two <args.py
show $PY args.py -i -u
show $PY -s -S -b -O -c 'import sys; print(sys.flags.optimize, sys.flags.no_user_site, sys.flags.no_site)'
