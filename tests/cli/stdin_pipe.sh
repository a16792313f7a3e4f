#!/usr/bin/env bash
# Reading stdin when it is a pipe: input(), sys.stdin.read(), iterating sys.stdin.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

echo hi | show $PY -c 'print(input())'
printf 'first line\nsecond\nlast without newline' | show $PY -c 'print(repr(input())); print(repr(input())); print(repr(input()))'
printf 'x\ny\n' | show $PY -c 'import sys; print(repr(sys.stdin.read()))'
printf '1\n2\n3\n' | show $PY -c 'import sys
print(sum(int(line) for line in sys.stdin))'
printf 'héllo\n' | show $PY -c 's = input(); print(s, len(s))'
