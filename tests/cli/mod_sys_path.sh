#!/usr/bin/env bash
# sys.path in CPythons order: the script folder ("" for -c, - and -i, the cwd for -m), then PYTHONPATH,
# then the standard library; -E, -I, -P and PYTHONSAFEPATH drop entries; namespace packages span
# several sys.path entries; earlier entries shadow later ones.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

mkdir -p "$T/app" "$T/pp1" "$T/pp2" "$T/cwd" "$T/pp1/nsp" "$T/pp2/nsp" "$T/dirprog"
# show only the entries we control: "" and those in the temp dir
cat >"$T/app/showpath.py" <<'PYEOF'
import sys
mine = [p for p in sys.path if p == "" or p.startswith(sys.argv[1])]
print("path", mine)
print("flags", sys.flags.ignore_environment, sys.flags.isolated, sys.flags.safe_path,
      sys.flags.no_user_site)
print("argv", sys.argv[2:])
PYEOF
cp "$T/app/showpath.py" "$T/dirprog/__main__.py"
cp "$T/app/showpath.py" "$T/cwd/showmod.py"
echo 'print("pp1.common")' >"$T/pp1/common.py"
echo 'print("pp2.common")' >"$T/pp2/common.py"
echo 'print("app.common")' >"$T/app/common.py"
echo 'A = "from pp1"' >"$T/pp1/nsp/a.py"
echo 'B = "from pp2"' >"$T/pp2/nsp/b.py"
cat >"$T/app/usecommon.py" <<'PYEOF'
import common
import nsp.a, nsp.b
print(nsp.a.A, nsp.b.B, len(nsp.__path__), nsp.__file__, nsp.__spec__.origin)
print([p.rsplit("/", 1)[-1] for p in nsp.__path__])
PYEOF
export PYTHONPATH="$T/pp1:$T/pp2"
cd "$T/cwd" || exit 1
show $PY ../app/showpath.py "$T" s1
SHOWPATH=$(cat "$T/app/showpath.py")
show $PY -c "$SHOWPATH" "$T" c
show $PY - "$T" stdin <"$T/app/showpath.py"
show $PY -m showmod "$T" m
show $PY ../dirprog "$T" dir
show $PY -E ../app/showpath.py "$T" E
show $PY -I ../app/showpath.py "$T" I
show $PY -P ../app/showpath.py "$T" P
show $PY -P -m showmod "$T" Pm
show $PY -I -c "$SHOWPATH" "$T" Ic
show $PY ./../dirprog/ "$T" dir2
PYTHONSAFEPATH=1 show $PY ../app/showpath.py "$T" safe
PYTHONSAFEPATH=1 show $PY -E ../app/showpath.py "$T" safeE
show $PY ../app/usecommon.py
PYTHONPATH="$T/pp2:$T/pp1" show $PY -P ../app/usecommon.py
PYTHONPATH= show $PY -c 'import common'
# PYTHONPATH entries are made absolute and normalised; repeats are dropped unless -S
PYTHONPATH=":../pp1:$T/pp1/../pp2/::$T/pp1" show $PY ../app/showpath.py "$T" rel
PYTHONPATH=":../pp1:$T/pp1/../pp2/::$T/pp1" show $PY -S ../app/showpath.py "$T" relS
