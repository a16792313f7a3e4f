# Files written and dropped without close() are complete when the program opens them again
# (CPython's reference counting closes them at once; taipan collects before the open).
# Also: tell() during iteration, and writing after reading in r+ mode.
import time

p = '/tmp/taipan_open_reopen_%d_%d.txt' % (time.time_ns(), id(object()))
open(p, 'w').write('one\n')
print(repr(open(p).read()))


def append(text):
    out = open(p, 'a')
    out.write(text)


append('two\n')
print(repr(open(p).read()))
open(p, 'ab').write(b'three\n')
print(open(p, 'rb').read())
log = open(p + '.log', 'w')
for i in range(50):
    log.write('entry %d\n' % i)
    open(p, 'a').write('%d ' % i)
print(len(open(p).read()))
log.close()
print(len(open(p + '.log').read()))

open(p, 'w').write('a\nb\nc\n')
f = open(p)
next(f)
try:
    f.tell()
except OSError as e:
    print(type(e).__name__, e)
f.seek(0)
print(f.tell(), repr(f.readline()), f.tell())
for line in f:
    pass
print(f.tell())
f.close()
f = open(p, 'r+')
next(f)
f.write('X')
f.seek(0)
print(repr(f.read()))
f.close()
try:
    import os
    os.remove(p)
    os.remove(p + '.log')
except ImportError:
    pass
