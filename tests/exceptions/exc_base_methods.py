# BaseException getsets and methods
e = ValueError("v")
e.args = [1, 2]
print(e.args)
for attr, val in [("__cause__", 1), ("__context__", 1), ("__traceback__", 1), ("__suppress_context__", 3)]:
    try:
        setattr(e, attr, val)
    except TypeError as err:
        print(attr, err)
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
try:
    del e.args
except TypeError as err:
    print(err)
try:
    e.with_traceback(5)
except TypeError as err:
    print(err)
print(e.with_traceback(None) is e)
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as err:
    print(err)
e.__notes__ = "s"
try:
    e.add_note("x")
except TypeError as err:
    print(err)
print(ValueError(1).__reduce__(), KeyError().__dict__)
e2 = RuntimeError("r")
e2.extra = 5
print(e2.__reduce__()[2], e2.__dict__)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyErr(1, 2)
print(m.args, m.b, repr(m), str(m))
class Quiet(Exception):
    def __init__(self, a, b=0):
        pass
print(Quiet(1, b=2).args, repr(Quiet(1)))
class E2(OSError):
    pass
print(type(E2(2, "x")).__name__, E2(2, "x", "f").filename)
try:
    raise TypeError
except TypeError as err:
    print(repr(err), err.args)
print(BaseException.__new__(ValueError, 1, 2).args)
