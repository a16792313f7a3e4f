#!/usr/bin/env bash
# Files written through open() and never closed are flushed when the interpreter ends: normally,
# after an uncaught exception, after sys.exit() and after KeyboardInterrupt (issue 7, "Nothing
# lost"). os._exit skipping the flush is left to a scenario that has the os module.
set -u
T=$(mktemp -d) && T=$(cd "$T" && pwd -P) || exit 1
trap 'rm -rf "$T"' EXIT
norm() { sed -e "s#$T#TMP#g" -e "s#[^ '\"]*/$PY_NAME\\b#PROG#g" -e "s#\\b$PY_NAME\\b#PROG#g"; }

cat >"$T/w.py" <<'PYEOF'
import sys
text = open('text.txt', 'w')
text.write('text line\n')
text.write('no newline')
data = open('data.bin', 'wb')
data.write(b'\x00binary\n')
both = open('rand.bin', 'w+b')
both.write(b'random access')
lines = open('lines.txt', 'a', buffering=1)
lines.write('line buffered\n')
lines.write('partial')


def helper():
    local = open('local.txt', 'w', encoding='latin-1')
    local.write('caf\xe9 from a function\n')


helper()
big = open('big.txt', 'w')
for i in range(500):
    big.write('%d %s\n' % (i, 'x' * 20))
print('stdout line')
how = sys.argv[1]
if how == 'raise':
    raise ValueError('boom')
if how == 'exit':
    sys.exit(4)
if how == 'exitmsg':
    sys.exit('leaving')
if how == 'interrupt':
    raise KeyboardInterrupt
PYEOF
cd "$T" || exit 1
for how in end raise exit exitmsg interrupt; do
    rm -f text.txt data.bin rand.bin lines.txt local.txt big.txt
    $PY w.py $how >out.txt 2>err.txt
    echo "== $how: exit=$?"
    norm <out.txt
    norm <err.txt
    echo "-- text.txt"; cat text.txt; echo
    echo "-- data.bin"; od -c data.bin | head -2
    echo "-- rand.bin"; cat rand.bin; echo
    echo "-- lines.txt"; cat lines.txt; echo
    echo "-- local.txt"; od -c local.txt | head -2
    echo "-- big.txt: $(wc -l <big.txt) lines, $(wc -c <big.txt) bytes, last $(tail -n1 big.txt)"
done
