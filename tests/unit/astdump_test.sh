#!/bin/sh
# astdump_test.sh - build tests/unit/astdump (parser only) and compare its
# output with CPython's ast.dump / SyntaxError for every
# tests/unit/parse/*.py.  A file may start with "# mode: eval|single".
# Requires python3 (3.11).  Prints "N passed, M failed".
set -u
cd "$(dirname "$0")/../.." || exit 2
OUT=${TMPDIR:-/tmp}/taipan_astdump.$$
mkdir -p "$OUT"
trap 'rm -rf "$OUT"' EXIT
CC=${CC:-cc}
$CC -std=c11 -O0 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
    -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Isrc \
    -o "$OUT/astdump" tests/unit/astdump.c src/ast.c src/lexer.c src/parser*.c tests/unit/cstack_stub.c \
    -lutf8proc -lm || { echo "build failed"; exit 2; }
pass=0; fail=0
for f in tests/unit/parse/*.py; do
    mode=exec
    first=$(head -n 1 "$f")
    case "$first" in
        "# mode: eval") mode=eval ;;
        "# mode: single") mode=single ;;
    esac
    python3 tests/unit/astdump_ref.py -m $mode "$f" > "$OUT/want" 2>/dev/null
    ASAN_OPTIONS=detect_leaks=1 "$OUT/astdump" -m $mode "$f" > "$OUT/got" 2> "$OUT/err"
    rc=$?
    if [ $rc -eq 0 ] && [ ! -s "$OUT/err" ] && cmp -s "$OUT/want" "$OUT/got"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $f"
        if [ -n "${VERBOSE:-}" ]; then
            echo "  want: $(head -c 600 "$OUT/want")"
            echo "  got:  $(head -c 600 "$OUT/got")"
            head -n 5 "$OUT/err"
        fi
    fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
