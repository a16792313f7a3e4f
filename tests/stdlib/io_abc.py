# io's abstract base classes: isinstance/issubclass of the concrete classes and of subclasses
import io
print(io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)
f = open(__file__)
for c in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase):
    print(c.__name__, isinstance(f, c), isinstance(f.buffer, c), isinstance(f.buffer.raw, c),
          isinstance(io.StringIO(), c), isinstance(io.BytesIO(), c), isinstance(1, c))
class M(io.RawIOBase):
    pass
print(isinstance(M(), io.IOBase), issubclass(M, io.RawIOBase), issubclass(io.FileIO, io.IOBase))
print(issubclass(io.TextIOWrapper, io.IOBase), issubclass(io.StringIO, io.BufferedIOBase))
f.close()
