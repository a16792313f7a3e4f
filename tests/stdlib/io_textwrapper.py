# io.TextIOWrapper over BytesIO: encodings, errors, newline translation, tell/seek, detach
import io

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding='latin-1')
print(repr(t), t.encoding, t.errors, t.newlines)
t.write('café\n')
t.flush()
print(raw.getvalue())
t2 = io.TextIOWrapper(io.BytesIO('é\n'.encode('utf-8')))
print(repr(t2.read()), t2.encoding)

a = io.TextIOWrapper(io.BytesIO(), encoding='ascii', errors='replace')
a.write('naïve')
a.flush()
print(a.buffer.getvalue())
s = io.TextIOWrapper(io.BytesIO(), encoding='ascii')
try:
    s.write('é')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
bad = io.TextIOWrapper(io.BytesIO(b'ok\xff\n'), encoding='utf-8')
try:
    bad.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
print(repr(io.TextIOWrapper(io.BytesIO(b'ok\xff\n'), errors='replace').read()))

data = b'one\r\ntwo\rthree\nfour'
for nl in [None, '', '\n', '\r', '\r\n']:
    r = io.TextIOWrapper(io.BytesIO(data), newline=nl)
    print(repr(nl), r.readlines(), r.newlines)
for nl in [None, '', '\n', '\r', '\r\n']:
    w = io.TextIOWrapper(io.BytesIO(), newline=nl)
    w.write('a\nb\r\nc')
    w.flush()
    print(repr(nl), w.buffer.getvalue())

m = io.TextIOWrapper(io.BytesIO('αβγ\nδεζ\nηθ'.encode()))
print(repr(m.read(2)), m.tell())
print(repr(m.readline()), m.tell())
pos = m.tell()
print(repr(m.read(2)))
m.seek(pos)
print(repr(m.read()))
m.seek(0)
print([len(line) for line in m])
for bad in [lambda: m.seek(1, 1), lambda: m.seek(2, 2), lambda: m.seek(-3), lambda: m.seek(0, 9)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

big = io.TextIOWrapper(io.BytesIO(('ü' * 5000 + '\n') * 3 + 'end'))
lines = big.readlines()
print(len(lines), [len(x) for x in lines])

lb = io.TextIOWrapper(io.BytesIO(), line_buffering=True)
print(lb.line_buffering, lb.write_through)
d = io.TextIOWrapper(io.BytesIO(b'xyz'))
print(d.read(1))
inner = d.detach()
print(type(inner).__name__, inner.read())
try:
    d.read()
except ValueError as e:
    print(e)
rw = io.TextIOWrapper(io.BytesIO(b'hello world'))
print(rw.read(5))
rw.write('!')
rw.seek(0)
print(rw.read())
r = io.TextIOWrapper(io.BytesIO(b'x'))
r.close()
print(r.closed, r.buffer.closed)
try:
    r.read()
except ValueError as e:
    print(e)
