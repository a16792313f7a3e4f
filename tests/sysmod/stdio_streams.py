# sys.stdin/stdout/stderr are _io.TextIOWrapper over buffered layers over FileIO (not a tty here)
import sys, io

for name in ("stdin", "stdout", "stderr"):
    s = getattr(sys, name)
    print(name, type(s), repr(s))
    print("  same as __%s__:" % name, s is getattr(sys, "__%s__" % name))
    print("  encoding", s.encoding, "mode", s.mode, "name", s.name, "newlines", s.newlines)
    print("  line_buffering", s.line_buffering, "write_through", s.write_through)
    print("  buffer", type(s.buffer), repr(s.buffer))
    print("  raw", repr(s.buffer.raw), s.buffer.raw.closefd, s.buffer.raw.mode)
    print("  fileno", s.fileno(), "readable", s.readable(), "writable", s.writable())
    print("  isinstance TextIOBase", isinstance(s, io.TextIOBase), "closed", s.closed)
print("stderr errors", sys.stderr.errors)
print("stdout/stdin errors agree", sys.stdout.errors == sys.stdin.errors)

# text still pending in the wrapper is overtaken by a direct buffer write (CPython's order)
sys.stdout.write("text 1\n")
sys.stdout.buffer.write(b"bytes 1\n")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes 2\n")
sys.stdout.write("text 2\n")
sys.stdout.flush()
# a line-buffered stdout hands each line to the buffer at once
sys.stdout.reconfigure(line_buffering=True)
print("line_buffering now", sys.stdout.line_buffering)
sys.stdout.write("text 3\n")
sys.stdout.buffer.write(b"bytes 3\n")
sys.stdout.reconfigure(line_buffering=False)
print("write returns", sys.stdout.write("h\u00e9\u20ac\n"))
print("buffer write returns", sys.stdout.buffer.write("caf\u00e9\n".encode()))
print("non-ASCII", "\u00e9\u4e2d\U0001f600")
print(sys.stdout.write(""), end="|\n")
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    sys.stdin.write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
sys.stdout.flush()
print("stderr line", file=sys.stderr, flush=True)
print("after stderr")
