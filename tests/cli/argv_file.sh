#!/usr/bin/env bash
# PY file.py ARGS: sys.argv is [script path as given, args...].
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

cat >"$T/args.py" <<'PYEOF'
import sys
print(sys.argv)
print(len(sys.argv), type(sys.argv).__name__)
PYEOF
cd "$T" || exit 1
show $PY args.py a b c
# Arguments after the script are not options for the interpreter.
show $PY args.py "two words" "" -x --y -c z -V
show $PY "$T/args.py" 'héllo' '*' '$HOME'
show $PY -- args.py --
