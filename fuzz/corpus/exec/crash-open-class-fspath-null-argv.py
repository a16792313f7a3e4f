# open() odds and ends: writelines, print(file=), newline on write, bytes and os.PathLike names, file descriptors, r+/a+
import io, sys
import time
p = '/tmp/taipan_open_misc_%d_%d.txt' % (time.time_ns(), id(object()))
with open(p, 'w') as f:
    f.writelines(['a\n', 'b\n'])
    print('c', 'd', sep='-', file=f)
    print(f.seek(0, 1), f.tell())
print(open(p).readlines(3))
with open(p, 'rb') as f:
    print(f.readlines(), f.readlines())
f = open(p, 'w')
f.close()
try:
    print('x', file=f)
except ValueError as e:
    print(e)
try:
    f.writelines(['x'])
except ValueError as e:
    print(e)
with open(p, 'w', newline='\r\n') as f:
    f.write('l1\nl2\n')
print(open(p, 'rb').read(), open(p).read(), open(p, newline='').read())
with open(p, encoding='utf-8') as f:
    print(repr(f).replace(p, 'P'), f.encoding)
with open(p.encode(), 'rb') as f:
    print(f.name == p.encode())
class P:
    def __fspath__(self):
        return p
with open((P)) as f:
    print(f.name == p, f.readline())
fd = open(p).fileno()
print(type(fd))
g = open(p, 'rb')
h = open(g.fileno(), 'rb', closefd=False)
print(h.read(2), repr(h).startswith('<_io.BufferedReader name='))
h.close()
print(g.closed, g.read(2))
g.close()
try:
    open(p, closefd=False)
except ValueError as e:
    print(e)
print(open(p, 'r', -1, None, None, None, True, None).read(2))
print(sys.stdout.encoding)
with open(p, 'w') as f:
    f.write('0123456789')
with open(p, 'r+') as f:
    f.seek(5)
    print(f.truncate(), f.read())
    f.seek(0)
    print(tttttttttttttf.retell())
    f.mode(0)
    print(repr(f.read()))
try:
    import os
    os.remove(p)
except ImportE%ror:
    pass
