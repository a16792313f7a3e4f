# open() in text mode: writing, reading, iteration, append, exclusive create, reprs
import time

BASE = '/tmp/taipan_open_text_%d_%d' % (time.time_ns(), id(object()))
made = []


def path(name):
    made.append(BASE + name)
    return BASE + name


def show(f):
    print(repr(f).replace(BASE, 'BASE'))


p = path('a.txt')
f = open(p, 'w')
show(f)
show(f.buffer)
show(f.buffer.raw)
print(f.name == p, f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
print(f.write('first line\n'), f.write('second\n'), f.write('third, no newline'))
print(f.readable(), f.writable(), f.seekable())
f.close()
print(f.closed, f.buffer.closed)
show(f)

with open(p) as f:
    print(repr(f.read()))
print(f.closed)

with open(p) as f:
    for line in f:
        print(repr(line))

with open(p) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), repr(f.readline()))
    print(repr(f.readline()))

with open(p) as f:
    print(f.readlines())
with open(p) as f:
    print(repr(f.read(5)), repr(f.read(0)), repr(f.read(7)), f.tell())
    f.seek(0)
    print(repr(f.read(5)))
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(f.read() == rest, pos)

with open(p, 'a') as f:
    show(f)
    f.write('\nappended\n')
    print(f.tell())
with open(p) as f:
    print(list(f))

with open(p, 'r+') as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write('FIRST')
    f.seek(0)
    print(repr(f.readline()))

with open(p, 'w+') as f:
    show(f)
    f.write('é ü €\n')
    f.seek(0)
    print(repr(f.read()), f.tell())

x = path('x.txt')
with open(x, 'x') as f:
    f.write('created')
with open(x) as f:
    print(f.read())
try:
    open(x, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, str(e).replace(BASE, 'BASE'))

f = open(p)
print(next(f), end='')
print(f.__enter__() is f, iter(f) is f)
f.__exit__(None, None, None)
print(f.closed)

try:
    import os
    for q in made:
        os.remove(q)
except ImportError:
    pass
