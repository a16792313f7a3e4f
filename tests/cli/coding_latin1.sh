#!/usr/bin/env bash
# PEP 263: a latin-1 source file with a coding line; its string literals are decoded from latin-1.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
T=$(mktemp -d) && T=$(cd "$T" && pwd -P) || exit 1
trap 'rm -rf "$T"' EXIT
# norm: temp dir -> TMP, interpreter name (with any directory) -> PROG
norm() { sed -e "s#$T#TMP#g" -e "s#[^ '\"]*/$PY_NAME\\b#PROG#g" -e "s#\\b$PY_NAME\\b#PROG#g"; }
# show CMD...: run CMD; print its normalised stdout, stderr and exit status
show() {
    "$@" >"$T/.out" 2>"$T/.err"
    local rc=$? s
    for s in out err; do
        echo "[std$s]"
        norm <"$T/.$s"
        if [ -s "$T/.$s" ] && [ -n "$(tail -c1 "$T/.$s")" ]; then echo; echo "[no newline at end]"; fi
    done
    echo "[exit $rc]"
}

printf '# -*- coding: latin-1 -*-\ns = "caf\xe9 \xa32 \xb5"\nprint(s)\nprint(len(s), ascii(s))\nprint(s.encode("utf-8"))\nprint(s.encode("latin-1"))\n' >"$T/l1.py"
# The declaration may be on the second line (after a shebang), vim style.
printf '#!/usr/bin/env python3\n# vim: set fileencoding=iso-8859-1 :\nprint("\xe0 la", ascii("\xff"))\n' >"$T/l2.py"
# A cookie on the third line is ignored (the file is then decoded as UTF-8).
printf '#!/usr/bin/env python3\n\n# coding: latin-1\nprint(ascii("\xc3\xa9"))\n' >"$T/l3.py"
show $PY "$T/l1.py"
show $PY "$T/l2.py"
show $PY "$T/l3.py"
