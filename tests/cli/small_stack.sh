#!/usr/bin/env bash
# A 1 MB C stack (`ulimit -s 1024`): deep recursion through every recursive C path ends in
# RecursionError (or completes), never in a signal. Part 1 runs the tests/robust/cstack_*.py
# stress programs under the small stack on both interpreters (CPython 3.11 survives them at the
# default limit) and compares with their .exp. Part 2 raises sys.setrecursionlimit(10**6), where
# CPython 3.11 itself overflows its C stack: taipan runs under `ulimit -s 1024`, python3 (the
# oracle for the outcome) with its default stack and limit; "either" cases only require a clean
# RecursionError-or-result, and the last ones crash CPython at any limit, so only taipan runs them.
# taipan-test: skip-gcstress (runs the deep cstack_* programs)
# taipan-test: timeout-factor 4 (~3 s of CPU under ASan: a million-generator chain and others)
# Run by tests/run.sh with PY (interpreter command) and PY_NAME (its basename).
set -u
. "$(dirname "$0")/common.sh"   # T (temp dir), norm, show

echo "== part 1: tests/robust/cstack_*.py under ulimit -s 1024"
for t in containers slots compile generators free; do
    f=tests/robust/cstack_$t.py
    out=$( (ulimit -s 1024 && $PY "$f" 2>&1 </dev/null); echo "exit $?")
    if [ "$out" = "$(cat "${f%.py}.exp"; echo "exit 0")" ]; then
        echo "cstack_$t: as expected"
    else
        echo "cstack_$t: differs:"
        printf '%s\n' "$out" | tail -5 | norm
    fi
done

cat >"$T/cases.py" <<'PYEOF'
import sys, types
case, raised = sys.argv[1], sys.argv[2] == "raised"
if raised:
    sys.setrecursionlimit(10**6)
def chain(make, x, n):
    for _ in range(n):
        x = make(x)
    return x
def f(n): return f(n + 1)
def key(x): return sorted([x], key=key)
def gen(n): yield from gen(n + 1)
class Repr:
    def __repr__(self): return repr([self])
class Attr:
    def __getattr__(self, k): return self.missing
C = {
    "python": lambda: f(0),
    "list-repr": lambda: repr(chain(lambda x: [x], 1, 100000)),
    "dict-eq": lambda: chain(lambda x: {1: x}, 1, 100000) == chain(lambda x: {1: x}, 1, 100000),
    "sort-key": lambda: key(1),
    "repr-slot": lambda: repr(Repr()),
    "getattr-slot": lambda: Attr().x,
    "generator": lambda: next(gen(0)),
    "compile": lambda: eval("1" + "+1" * 100000),
    "exception-str": lambda: str(chain(ValueError, 1, 20000)),
    "group-split": lambda: chain(lambda e: ExceptionGroup("g", [e]), ValueError(), 20000).split(TypeError),
    "tuple-hash": lambda: hash(chain(lambda x: (x,), 1, 20000)),
    "mappingproxy-chain": lambda: chain(types.MappingProxyType, {1: 2}, 100000)[1],
    "map-chain": lambda: next(chain(lambda it: map(abs, it), iter([1]), 100000)),
    "zip-chain": lambda: next(chain(zip, iter([1]), 100000)),
    "slice-repr": lambda: repr(chain(slice, 1, 100000)),
    "method-attr": lambda: chain(lambda m: types.MethodType(m, 1), len, 100000).foo,
    "classmethod-get": lambda: type("A", (), {"m": chain(classmethod, len, 100000)}).m,
    "free-tuples": lambda: chain(lambda x: (x,), None, 10**6) and None,
}
try:
    C[case]()
    print(case, "completed")
except RecursionError:
    print(case, "RecursionError")
PYEOF
run_case() {  # run_case CASE: one line, "CASE <outcome> exit N"
    if [ "$PY_NAME" = python3 ]; then
        $PY "$T/cases.py" "$1" default 2>&1 </dev/null | tail -1
    else
        (ulimit -s 1024 && $PY "$T/cases.py" "$1" raised 2>&1 </dev/null | tail -1)
    fi
    echo "exit ${PIPESTATUS[0]}"
}
echo "== part 2: sys.setrecursionlimit(10**6) under ulimit -s 1024 (taipan)"
for c in python list-repr dict-eq sort-key repr-slot getattr-slot generator compile exception-str \
         group-split free-tuples; do
    echo $(run_case $c)
done
clean() {  # clean CASE: "CASE: clean" if it completed or raised RecursionError, exit 0
    local r
    r=$(run_case "$1" | tr '\n' ' ')
    case "$r" in
    "$1 completed exit 0 " | "$1 RecursionError exit 0 ") echo "$1: clean" ;;
    *) echo "$1: $r" ;;
    esac
}
echo "-- either completes or raises RecursionError"
for c in tuple-hash mappingproxy-chain; do
    clean $c
done
echo "-- CPython 3.11 crashes on these at any limit: taipan only"
for c in map-chain zip-chain slice-repr method-attr classmethod-get; do
    if [ "$PY_NAME" = python3 ]; then
        echo "$c: clean"
    else
        clean $c
    fi
done
