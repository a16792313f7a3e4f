#!/usr/bin/env bash
# A NUL byte in the script file: SyntaxError at its line (text up to the NUL), exit 1.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show


cd "$T" || exit 1
printf 'print(1)\ny = 2\000 + 3\n' >mid.py
printf '\000' >only.py
printf 'x = (\n1,\000)\n' >paren.py
for f in mid only paren; do show $PY $f.py; done
