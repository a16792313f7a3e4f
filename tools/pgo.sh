#!/usr/bin/env bash
# `make pgo`: build ./taipan with GCC's profile-guided optimisation, as Debian builds its
# python3.11: an instrumented build (build/pgo-gen) runs the test programs — the language and
# library as the tests use them, not the benchmarks — then build/pgo is compiled from the same
# sources with the profile. Every object of build/pgo is rebuilt each time (a profile is only
# good for the sources it was taken from). With a compiler other than GCC, ./taipan is the plain
# release build.
set -eu
cd "$(dirname "$0")/.."
MAKE=${MAKE:-make}
CC=${CC:-cc}
if ! "$CC" --version 2>/dev/null | grep -qi -e gcc -e "free software foundation"; then
    echo "pgo: $CC is not GCC: building without a profile" >&2
    exec "$MAKE" taipan
fi
"$MAKE" VARIANT=pgo-gen build/pgo-gen/taipan
rm -f build/pgo-gen/*.gcda
# the training run: each test program once (failures and slow ones do not matter here)
find tests -mindepth 2 -maxdepth 2 -name '*.py' ! -path 'tests/unit/*' ! -path 'tests/pending/*' \
     ! -path 'tests/fuzz/*' | LC_ALL=C sort | while read -r f; do
    PYTHONHASHSEED=0 timeout 10 build/pgo-gen/taipan "$f" </dev/null >/dev/null 2>&1 || true
done
mkdir -p build/pgo
rm -f build/pgo/*.o build/pgo/taipan
cp build/pgo-gen/*.gcda build/pgo/
"$MAKE" VARIANT=pgo build/pgo/taipan
cp build/pgo/taipan taipan.tmp && mv -f taipan.tmp taipan
echo "pgo: ./taipan built with a profile of $(ls build/pgo/*.gcda | wc -l) files"
