# open() in binary mode: buffered reader/writer/random, raw FileIO, seek/tell consistency
import io
import time

BASE = '/tmp/taipan_open_binary_%d_%d' % (time.time_ns(), id(object()))
p = BASE + 'b.bin'


def show(f):
    print(repr(f).replace(BASE, 'BASE'))


with open(p, 'wb') as f:
    show(f)
    print(type(f).__name__, f.mode, f.raw.mode, f.name == p)
    print(f.write(b'0123456789\n'), f.write(bytearray(b'abc\n')), f.tell())
    f.write(b'x' * 10000)
    print(f.tell())
    f.write(b'\nend\n')

with open(p, 'rb') as f:
    show(f)
    print(f.read(4), f.tell(), f.read1(3), f.tell())
    print(f.peek(2)[:2], f.tell())
    print(f.readline(), f.tell())
    print(f.readline(2), f.readline())
    f.seek(-4, 2)
    print(f.read(), f.tell())
    f.seek(2)
    f.seek(3, 1)
    print(f.read(2), f.tell())
    b = bytearray(5)
    print(f.readinto(b), b)
    f.seek(0)
    data = f.read()
    print(len(data), data[:11], data[-5:])
    print(f.read(), f.read(10))

with open(p, 'r+b') as f:
    show(f)
    print(type(f).__name__, f.mode)
    print(f.read(3))
    f.write(b'XY')
    print(f.tell())
    f.seek(0)
    print(f.read(8))
    f.seek(0, 2)
    end = f.tell()
    f.write(b'tail')
    f.seek(end)
    print(f.read())
    print(f.truncate(20), f.tell())
    f.seek(0)
    print(len(f.read()))

with open(p, 'rb', buffering=0) as r:
    show(r)
    print(type(r).__name__, r.closefd, r.readable(), r.writable(), r.seekable(), r.isatty())
    print(r.read(5), r.tell(), r.seek(0, 2))
    r.seek(0)
    print(len(r.readall()))

with open(p, 'wb', buffering=0) as r:
    print(r.write(b'raw'), r.tell())
with open(p, 'ab') as f:
    show(f.raw)
    f.write(b'+more')
with open(p, 'rb') as f:
    print(f.read(), list(open(p, 'rb')))

with open(p, 'w+b') as f:
    print(f.mode, f.raw.mode)
    f.write(b'line1\nline2\n')
    f.seek(0)
    print(list(f), f.readlines())

raw = io.FileIO(p, 'r')
show(raw)
buf = io.BufferedReader(raw, 4)
print(buf.read(6), buf.raw is raw)
print(buf.detach() is raw, raw.closed)
raw.close()
show(raw)
try:
    import os
    os.remove(p)
except ImportError:
    pass
