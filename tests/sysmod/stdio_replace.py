# Replacing sys.stdout: print() and C-level writers follow it; the originals stay in __stdout__
import sys, io

buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2, sep="-")
sys.stdout = sys.__stdout__
print("got", repr(buf.getvalue()))

class Tee:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")

t = Tee()
sys.stdout = t
print("a", "b")
print("c", flush=True)
sys.stdout = sys.__stdout__
print(t.parts)

# a TextIOWrapper of our own over a BytesIO, with the std settings
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", newline="\n", line_buffering=False)
w.write("x\n")
print("pending before flush", b.getvalue())
w.flush()
print("after flush", b.getvalue())
w.write("y")
w.buffer.write(b"Z")
w.flush()
print("order", b.getvalue())

sys.stderr = io.StringIO()
print("to fake stderr", file=sys.stderr)
v = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
print("fake stderr held", repr(v))
# closing a copy of stdout's fd is not needed: a closed wrapper refuses writes
s = io.TextIOWrapper(io.BytesIO())
s.close()
try:
    print("x", file=s)
except ValueError as e:
    print("ValueError", e)
