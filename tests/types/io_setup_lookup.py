# The buffered/text layers ask their raw/buffer object readable()/writable()/read1 through the
# usual attribute lookup: subclasses and instance attributes still take part.
import io

class R(io.FileIO):
    def readable(self):
        print('R.readable called')
        return True

b = io.BufferedReader(R(0, closefd=False))
print(type(b.raw).__name__, b.readable())

class F(io.FileIO):
    pass
f = F(0, closefd=False)
f.readable = lambda: False
try:
    io.BufferedReader(f)
except io.UnsupportedOperation as e:
    print('UnsupportedOperation:', e)

class B(io.BufferedReader):
    def read1(self, n=-1):
        return b''
t = io.TextIOWrapper(B(io.FileIO(0, closefd=False)), encoding='utf-8')
print(t.readable(), t.writable(), t.buffer.read1())
w = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, 'w', closefd=False)), encoding='utf-8')
print(w.writable(), w.readable(), 'read1' in dir(io.BufferedWriter))
