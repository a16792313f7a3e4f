#!/usr/bin/env bash
# input() at end of input raises EOFError ("EOF when reading a line"); the prompt is still written.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

show $PY -c 'input()' </dev/null
show $PY -c 'input("name? ")' </dev/null
show $PY -c 'try:
    input()
except EOFError as e:
    print(type(e).__name__, e)' </dev/null
echo one | show $PY -c 'print(input("> ")); print(input("> "))'
