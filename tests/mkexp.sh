#!/usr/bin/env bash
# Regenerate expected-output files (.exp) with CPython (python3 from PATH).
#
# Usage: tests/mkexp.sh [FILES...]
#
# Without arguments, regenerates the .exp of every test that tests/run.sh
# runs: tests/*/*.py and the command-line scenarios tests/cli/*.sh (run
# with PY=python3 and PY_NAME=python3).  FILES may be given relative to the
# repository root or to the current directory.  The .exp format is
# described in tests/run.sh.
set -u
here=$(pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2

PY=${PYTHON:-python3}
if ! command -v "$PY" >/dev/null 2>&1; then
    echo "mkexp.sh: $PY not found" >&2
    exit 2
fi

files=()
if [ $# -eq 0 ]; then
    mapfile -t files < <({ find tests -mindepth 2 -maxdepth 2 -name '*.py' ! -name 'mod_*.py' \
        ! -path 'tests/unit/*' ! -path 'tests/pending/*' ! -path 'tests/fuzz/*'
        find tests/cli -mindepth 1 -maxdepth 1 -name '*.sh' ! -name common.sh 2>/dev/null; } | LC_ALL=C sort)
else
    for f in "$@"; do
        if [ -f "$here/$f" ]; then f=$(realpath "$here/$f"); fi
        f=$(realpath -m --relative-to="$root" "$f")
        if [ ! -f "$f" ]; then echo "mkexp.sh: no such test: $f" >&2; exit 2; fi
        files+=("$f")
    done
fi

# Parallel; tests/run.sh --_capture fixes the environment and the format.
printf '%s\0' "${files[@]+"${files[@]}"}" |
    xargs -0 -r -P "$(nproc 2>/dev/null || echo 4)" -I{} \
        bash -c 'f=$1; bash tests/run.sh --_capture "$2" "$f" "${f%.*}.exp"' _ {} "$PY"
echo "mkexp.sh: wrote ${#files[@]} expected file(s)"
