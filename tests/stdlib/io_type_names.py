import io
class S(io.BufferedReader): pass
print(repr(S(io.FileIO('/dev/null'))))
print(repr(io.BufferedReader(io.FileIO('/dev/null'))))
try: S()
except TypeError as e: print(e)
class T(io.TextIOWrapper): pass
t = T(io.BytesIO())
print(repr(t), type(t).__mro__)
try: t.foo
except AttributeError as e: print(e)
print(io.StringIO.read, io.StringIO.__init__, io.BytesIO.__len__ if hasattr(io.BytesIO, '__len__') else None)
print(repr(open('/dev/null', 'rb', buffering=0)), repr(open('/dev/null')))
import _io
print(_io._IOBase, _io._RawIOBase, _io._TextIOBase, _io._BufferedIOBase, io.BytesIO.__name__, io.BytesIO.__qualname__, io.BytesIO.__module__)
for o in (io.StringIO(), io.BytesIO(), open('/dev/null', 'rb'), open('/dev/null', 'rb', buffering=0)):
    for op in (lambda: o.nope, lambda: len(o), lambda: o + 1, lambda: o[0]):
        try:
            op()
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
