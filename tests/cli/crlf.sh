#!/usr/bin/env bash
# A source file with CRLF line endings: newlines in string literals become \n.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

printf 'x = 1\r\nif x:\r\n    print("one")\r\n\r\ns = """a\r\nb"""\r\nprint(repr(s))\r\ny = 1 + \\\r\n    2\r\nprint(y)\r\ndef f(\r\n    a,\r\n    b):\r\n    return a * b  # comment\r\nprint(f(6, 7))\r\n' >"$T/crlf.py"
show $PY "$T/crlf.py"
# An error in a CRLF file: the line shown has no stray \r.
printf 'print("ok")\r\n1/0\r\n' >"$T/crlf_err.py"
show $PY "$T/crlf_err.py"
