# io.StringIO and io.BytesIO
import io

s = io.StringIO()
print(s.write('hello\n'), s.write('wörld\nlast'), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.readline(2)), repr(s.read()))
s.seek(0)
print(list(s))
s.seek(0)
print(s.readlines())
print(s.seek(3), repr(s.read(4)), s.tell())
s.seek(0, 2)
print(s.tell())
s.seek(2)
s.write('XY')
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(8)
s.write('!')
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering)
for bad in [lambda: s.write(b'x'), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 3),
            lambda: s.truncate(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
s.close()
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print(e)
print(io.StringIO('a\nb\nc').readlines())
print(repr(io.StringIO('a\r\nb\rc', newline=None).getvalue()))
print(repr(io.StringIO('a\nb', newline='\r\n').getvalue()))
print(io.StringIO('a\rb\r\nc', newline='').readlines())
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)

b = io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.tell(), b.readline(), b.read(), b.read())
b.seek(0)
print(list(b), b.getvalue())
b.seek(0, 2)
print(b.write(b'ghi'), b.write(bytearray(b'!')), b.getvalue())
b.seek(10)
b.write(b'Z')
print(b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(-100, 1))
print(b.truncate(3), b.getvalue(), b.tell())
buf = bytearray(2)
b.seek(1)
print(b.readinto(buf), buf)
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
for bad in [lambda: b.write('s'), lambda: b.seek(-1), lambda: b.truncate(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
b.close()
try:
    b.read()
except ValueError as e:
    print(e)
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase),
      isinstance(io.StringIO(), io.IOBase))


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print('shout', file=u)
print(repr(u.getvalue()))
