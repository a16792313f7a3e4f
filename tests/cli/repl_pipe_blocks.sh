#!/usr/bin/env bash
# -i with piped stdin: a compound statement with its body on the header line ("while 0: pass")
# still needs a blank line; a line at column 0 after a finished block is a SyntaxError at once
# (not after the blank line); else:/brackets continue the block. Prompts go to stderr.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
T=$(mktemp -d) && T=$(cd "$T" && pwd -P) || exit 1
trap 'rm -rf "$T"' EXIT
printf '%s\n' 'if 1: print(1)' 'print(2)' '' 'while 0: pass' '' 'x=3' 'x' 'def f(a,' 'b): return a+b' \
    '' 'f(1,2)' 'if 0:' '  pass' 'else:' '  print(5)' '' 'for i in range(2): print(i)' '' \
    'class A: pass' '' 'A.__name__' >"$T/in.txt"
$PY -i -q <"$T/in.txt" 2>"$T/err"
echo "exit=$?"
echo "[stderr]"
cat "$T/err"
echo
