#!/usr/bin/env bash
# IndentationError / TabError in the script: message and exit 1.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

printf 'print(1)\n    print(2)\n' >"$T/unexpected.py"
printf 'def f():\nreturn 1\n' >"$T/expected.py"
printf 'if True:\n        a = 1\n    b = 2\n' >"$T/unindent.py"
printf 'if True:\n\ta = 1\n        b = 2\n' >"$T/tabs.py"
cd "$T" || exit 1
for f in unexpected expected unindent tabs; do show $PY $f.py; done
