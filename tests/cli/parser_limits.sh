#!/usr/bin/env bash
# Parser and compiler limits in a script file: tracebacks (caret placement) and exit status.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show


cd "$T" || exit 1
gen() { # gen N HEAD: N nested blocks/indents headed by HEAD, then pass
    local i
    for ((i = 0; i < $1; i++)); do printf '%*s%s\n' "$i" '' "$2"; done
    printf '%*spass\n' "$1" ''
}
gen 100 'if 1:' >indent.py
gen 21 'for x in y:' >blocks.py
{ echo 'x = 1'; printf 'y = '; printf '(%.0s' $(seq 201); printf ')%.0s' $(seq 201); echo; } >parens.py
{ printf 'x = '; printf 'not %.0s' $(seq 10000); echo 1; } >nots.py
{ printf 'x = 1'; printf '+1%.0s' $(seq 10000); echo; } >sum.py
{ printf 'x = 1'; printf ' or 1%.0s' $(seq 5000); echo; echo 'print(x)'; } >ors.py
for f in indent blocks parens nots sum ors; do show $PY $f.py; done
