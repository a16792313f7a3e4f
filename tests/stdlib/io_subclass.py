# Python subclasses of the io layers: raw streams under BufferedReader/Writer and TextIOWrapper
import io
class Src(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
r = Src(b'hello\nworld\n')
print(r.read(2), r.read(), r.read())
br = io.BufferedReader(Src(b'abc\ndef\nghi'))
print(br.readline(), br.read(2), list(br))
t = io.TextIOWrapper(io.BufferedReader(Src('héllo\nwörld\n'.encode())))
print(list(t))
class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)
s = Sink()
w = io.BufferedWriter(s, buffer_size=4)
w.write(b'ab'); w.write(b'cdef'); w.write(b'g')
print(s.chunks)
w.flush()
print(s.chunks)
tw = io.TextIOWrapper(io.BufferedWriter(Sink()), line_buffering=True)
tw.write('x\ny')
print(tw.buffer.raw.chunks)
class MyIO(io.IOBase):
    pass
m = MyIO()
print(m.closed, m.readable(), m.seekable())
with m:
    pass
print(m.closed)
try:
    m.fileno()
except io.UnsupportedOperation as e:
    print('unsupported', e)
class L(io.TextIOBase):
    def __init__(self):
        self.out = []
    def write(self, s):
        self.out.append(s)
        return len(s)
l = L()
print('a', 'b', file=l)
print(l.out)
class F(io.StringIO):
    def close(self):
        print('closing F')
        super().close()
with F() as f:
    f.write('x')
print(f.closed)
print(type(open), io.open is open)
print(io.FileIO.__mro__)
print(io.TextIOWrapper.__mro__)
