#!/usr/bin/env bash
# A source file with non-UTF-8 bytes and no coding declaration: SyntaxError, exit 1.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

printf 'print("ok")\ns = "caf\xe9"\nprint(s)\n' >"$T/bad.py"
show $PY "$T/bad.py"
# The error is raised before anything runs, even for a bad byte in a comment.
printf 'print("ok")\n# \xff\n' >"$T/bad2.py"
show $PY "$T/bad2.py"
