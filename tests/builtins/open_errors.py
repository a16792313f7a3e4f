# open(): argument checks, OSError subclasses, UnsupportedOperation, operations on closed files
import io
import time

BASE = '/tmp/taipan_open_errors_%d_%d' % (time.time_ns(), id(object()))
p = BASE + 'e.txt'


def attempt(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print('ok', type(r).__name__)
        return r
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e).replace(BASE, 'BASE'))


for mode in ['rw', 'rr', 'q', 'rt+b', 'tb', '', 'r++', 'U']:
    attempt(open, p, mode)
attempt(open, p, 'wb', encoding='utf-8')
attempt(open, p, 'wb', errors='strict')
attempt(open, p, 'wb', newline='')
attempt(open, p, 'w', buffering=0)
attempt(open, p, 'r', newline='x')
attempt(open, p, 3)
attempt(open, 3.5)
attempt(open, p, errors=3)
attempt(open, p, encoding=3)
attempt(open, p, 'w', encoding='bogus')
attempt(open, '/tmp', 'r')
attempt(open, '/tmp', 'w')
attempt(open, '/nonexistent_dir_taipan/x')
attempt(open, '/nonexistent_dir_taipan/x', 'w')
try:
    open(BASE + 'missing')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == BASE + 'missing')
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

f = open(p, 'w')
attempt(f.read)
attempt(f.readline)
f.close()
for name in ['write', 'read', 'readline', 'flush', 'tell', 'seek', 'fileno', 'isatty',
             '__enter__', '__next__', '__iter__']:
    args = {'write': ('x',), 'seek': (0,)}.get(name, ())
    print(name, end=' ')
    attempt(getattr(f, name), *args)
attempt(f.close)

g = open(p, 'wb')
attempt(g.read)
attempt(g.write, 'text')
g.close()
for name in ['read', 'read1', 'readline', 'seek', 'truncate', 'flush', 'write', 'fileno']:
    args = {'write': (b'x',), 'seek': (0,)}.get(name, ())
    print(name, end=' ')
    attempt(getattr(g, name), *args)

h = open(p, 'rb')
attempt(h.write, b'x')
h.close()
r = open(p, 'rb', buffering=0)
attempt(r.write, b'x')
r.close()
attempt(r.read)
print(repr(r))
t = open(p)
attempt(t.write, 'x')
attempt(t.seek, 1, 1)
attempt(t.seek, 1, 2)
attempt(t.seek, -1)
attempt(t.seek, 0, 5)
t.close()
w = open(p, 'w')
attempt(w.write, b'bytes')
attempt(w.write, 5)
w.close()
try:
    import os
    os.remove(p)
except ImportError:
    pass
