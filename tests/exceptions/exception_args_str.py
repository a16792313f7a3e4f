for e in [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(42), ValueError(""),
          KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(1), IndexError("idx"),
          Exception(None), Exception([1, 2]), OSError(2, "No such file"), StopIteration(5)]:
    print(type(e).__name__, "str=%r" % str(e), "repr=%s" % repr(e), "args=%r" % (e.args,))
e = Exception("x")
e.args = ("changed", 1)
print(str(e), e.args)
print(str(KeyError("with 'quotes'")), str(KeyError('dq"')))
print(repr(BaseException("b")), str(SystemExit(3)), SystemExit(3).code, SystemExit().code)
e = ValueError("a", 1)
print(str(e), repr(e))
print(repr(KeyError()), str(KeyError()), repr(IndexError(1, "two")))
