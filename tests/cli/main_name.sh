#!/usr/bin/env bash
# __name__ is "__main__" in the script (and in -c); imported modules get their own name.
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

cat >"$T/lib.py" <<'PYEOF'
def run():
    print("lib.run, __name__ =", __name__)
if __name__ == "__main__":
    print("lib executed as a script")
else:
    print("lib imported")
PYEOF
cat >"$T/prog.py" <<'PYEOF'
import sys
import lib
def main():
    print("main, __name__ =", __name__)
    lib.run()
    print(sys.modules["__main__"] is sys.modules[__name__], "__main__" in sys.modules)
if __name__ == "__main__":
    main()
PYEOF
show $PY "$T/prog.py"
show $PY "$T/lib.py"
show $PY -c 'print(__name__)'
