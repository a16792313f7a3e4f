#!/usr/bin/env bash
# __name__ is "__main__" in the script (and in -c); imported modules get their own name.
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

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
