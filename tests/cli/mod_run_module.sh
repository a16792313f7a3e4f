#!/usr/bin/env bash
# python -m: a module or a package (its __main__) runs as __main__: sys.argv[0] is the file, sys.path[0]
# the current folder, __spec__/__package__ set; the failures are "<executable>: No module named x" (exit 1).
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

mkdir -p "$T/w/app" "$T/w/tool" "$T/w/ns/inner" "$T/w/plain" "$T/w/broken"
cat >"$T/w/app/__init__.py" <<'PYEOF'
import sys
print("app init, argv", sys.argv)
PYEOF
cat >"$T/w/app/__main__.py" <<'PYEOF'
import sys
print("name", __name__, "package", __package__)
print("spec", __spec__.name, __spec__.parent, __spec__.origin)
print("file", __file__)
print("argv", sys.argv)
print("path0", sys.path[0])
print("main is", sys.modules["__main__"].__name__, "app loaded", "app" in sys.modules)
from . import helper
print(helper.VALUE)
PYEOF
echo 'VALUE = "relative import from __main__ works"' >"$T/w/app/helper.py"
cat >"$T/w/tool/__init__.py" <<'PYEOF'
PYEOF
cat >"$T/w/tool/cmd.py" <<'PYEOF'
import sys
print("cmd", __name__, __package__, __spec__.name, sys.argv)
if __name__ == "__main__":
    print("running as main")
PYEOF
echo 'print("in ns inner mod", __name__, __package__)' >"$T/w/ns/inner/mod.py"
echo 'print("plain", __name__, __package__ == "", __spec__.parent == "")' >"$T/w/plain/mod.py"
echo 'x = 1' >"$T/w/single.py"
echo 'raise SystemExit("init refused")' >"$T/w/broken/__init__.py"
cd "$T/w" || exit 1
show $PY -m app one --two -c three
show $PY -m tool.cmd -x
show $PY -m ns.inner.mod
show $PY -mtool.cmd joined
cd plain || exit 1
show $PY -m mod
cd .. || exit 1
show $PY -m nosuchmodule
show $PY -m tool
show $PY -m ns
show $PY -m tool.nosuch
show $PY -m nosuch.sub
show $PY -m single.sub
show $PY -m .relative
show $PY -m sys
show $PY -m broken
show $PY -m
show $PY -m ''
show $PY -m 'a..b'
mkdir -p "$T/w/bad" "$T/w/bad2"
echo 'raise ValueError("bad init")' >"$T/w/bad/__init__.py"
echo 'import nonexistent_zz' >"$T/w/bad2/__init__.py"
echo 'def f():' >"$T/w/bad2/__main__.py"
echo 'print("main runs"); 1/0' >"$T/w/fails.py"
show $PY -m bad.m
show $PY -m bad
show $PY -m bad2.m
show $PY -m fails
show $PY -c 'import sys; print(sys.argv)' -m x
# a folder with __main__.py runs like -m __main__ with the folder first on sys.path
mkdir -p "$T/d/folder"
cat >"$T/d/folder/__main__.py" <<'PYEOF'
import sys
print("spec", __spec__.name, __spec__.origin, repr(__package__), __name__)
print("file", __file__, "argv", sys.argv, "path0", sys.path[0])
import helper2
1/0
PYEOF
echo 'print("helper2 from the folder")' >"$T/d/folder/helper2.py"
cd "$T/d" || exit 1
show $PY folder a
show $PY folder/ b
show $PY -P ./folder
