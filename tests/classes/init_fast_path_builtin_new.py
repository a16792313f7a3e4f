# The eval loop's class-call fast path with a built-in __new__ (vm.c do_call): exception,
# list, dict, int, str, tuple subclasses and metaclasses with a Python __init__.
import sys


class AppError(Exception):
    def __init__(self, code, *rest):
        Exception.__init__(self, code, *rest)
        self.code = code


class NotFound(AppError):
    pass


e = NotFound(3, "x")
print(type(e).__name__, e.args, e.code, str(e), repr(e))
try:
    raise NotFound(4)
except AppError as err:
    print("caught", err.code, err.args)


class BareInit(Exception):
    def __init__(self, a):
        self.a = a          # Exception.__init__ not called: args come from __new__


b = BareInit(5)
print(b.args, b.a, str(b))


class L(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n


lst = L(4)
print(lst, lst.n, len(lst), type(lst).__name__)


class NoSuper(list):
    def __init__(self, *a):
        self.a = a


print(NoSuper(1, 2, 3), NoSuper(1, 2, 3).a)


class D(dict):
    def __init__(self, **kw):
        super().__init__(kw)
        self.keys_seen = sorted(kw)


d = D(b=1, a=2)
print(d, d.keys_seen)


class I(int):
    def __init__(self, v, tag="t"):
        self.tag = tag


i = I(7)
print(i, i + 1, i.tag, type(i).__name__)
try:
    I("zz")
except ValueError as err:
    print("ValueError:", err)


class S(str):
    def __init__(self, v):
        self.orig = v


s = S(12)
print(repr(s), s.orig, s.upper())


class T(tuple):
    def __init__(self, it):
        self.n = len(self)


t = T([1, 2])
print(t, t.n)


class Meta(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.made_by = "Meta"


X = Meta("X", (), {"v": 1})
print(type(X).__name__, X.__name__, X.v, X.made_by)


class M2(Meta):
    def __init__(cls, name, bases, ns):
        print("M2.__init__", name)
        super().__init__(name, bases, ns)


class Base(metaclass=M2):
    pass


# type.__new__ picks the most derived metaclass (M2): its __init__ runs, not Meta's
Y = Meta("Y", (Base,), {})
print(type(Y).__name__, Y.made_by)


class RetNone(Exception):
    def __init__(self):
        return 1


try:
    RetNone()
except TypeError as err:
    print("TypeError:", err)


class Count(Exception):
    reached = 0

    def __init__(self, n):
        Count.reached = n
        Count(n + 1)


sys.setrecursionlimit(100)
try:
    Count(0)
except RecursionError as err:
    print("Count", Count.reached, err)
