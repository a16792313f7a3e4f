# Calling a class whose __init__ is a Python function and whose __new__ is object's: the eval
# loop runs __init__ as an ordinary frame (vm.c, FRAME_INIT_RESULT). Everything that must
# still behave as type_call.
import sys


def print_tb(e):
    tb = e.__traceback__
    while tb is not None:
        print("  at", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next


class P:
    def __init__(self, x, y=10, *rest, k=None, **kw):
        self.x, self.y, self.rest, self.k, self.kw = x, y, rest, k, kw


for p in (P(1), P(1, 2), P(1, 2, 3, 4), P(1, k=5), P(x=7, z=8), P(*[1, 2], **{"k": 3})):
    print(p.x, p.y, p.rest, p.k, p.kw)


class BadReturn:
    def __init__(self):
        return 42


try:
    BadReturn()
except TypeError as e:
    print("TypeError:", e)
    print_tb(e)


class GenInit:
    def __init__(self):
        yield 1


try:
    GenInit()
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self, v):
        self.v = v
        raise ValueError(v)


try:
    Raises(3)
except ValueError as e:
    print("ValueError:", e)
    print_tb(e)


class Rebind:
    def __init__(self):
        self.a = 1
        self = None
        del self


r = Rebind()
print(type(r).__name__, r.a)


class Frames:
    def __init__(self):
        self.caller = sys._getframe(1).f_code.co_name
        self.back = sys._getframe().f_back.f_code.co_name


def make():
    return Frames()


fr = make()
print(fr.caller, fr.back)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
print(type(NoInit()).__name__)


class WithNew:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return super().__new__(cls)

    def __init__(self, *a):
        print("init", a)


WithNew(1, 2)


class NewOther:
    def __new__(cls):
        return 5

    def __init__(self):
        print("never")


print(NewOther())


class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)


class M(metaclass=Meta):
    def __init__(self, a):
        print("M.__init__", a)


M(9)


class Late:
    pass


def late_init(self, v):
    self.v = v


Late.__init__ = late_init
print(Late(4).v)
del Late.__init__
try:
    Late(4)
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self, v):
        self.v = v


class Derived(Base):
    pass


class Derived2(Base):
    def __init__(self, v):
        super().__init__(v * 2)


print(Derived(3).v, Derived2(3).v)
Base.__init__ = lambda self, v: setattr(self, "v", -v)
print(Derived(3).v, Derived2(3).v)


class Static:
    __init__ = staticmethod(lambda *a: print("static init", len(a)))


Static(1)


class CallableInit:
    class _I:
        def __get__(self, obj, cls):
            return lambda *a: print("descr init", a)

    __init__ = _I()


CallableInit(5)


class Switch:
    def __init__(self):
        self.__class__ = Other


class Other:
    pass


print(type(Switch()).__name__)

try:
    P()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, x=2)
except TypeError as e:
    print("TypeError:", e)


from abc import ABC, abstractmethod


class Abstract(ABC):
    def __init__(self):
        print("never")

    @abstractmethod
    def f(self):
        pass


try:
    Abstract()
except TypeError as e:
    print("TypeError:", e)


def gen():
    for i in range(3):
        yield P(i)


print([p.x for p in gen()])


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


d = Deep(50)
n = 0
while d is not None:
    n += 1
    d = d.child
print(n)


def depth_at_fail(make):
    def rec():
        rec_depth[0] += 1
        make()
        rec()
    rec_depth = [0]
    try:
        rec()
    except RecursionError as e:
        return str(e)


class Plain:
    def __init__(self):
        pass


print(depth_at_fail(Plain))


class InitRecurse:
    def __init__(self):
        InitRecurse()


try:
    InitRecurse()
except RecursionError as e:
    print("RecursionError:", e)


class Count:
    reached = 0

    def __init__(self, n):
        Count.reached = n
        Count(n + 1)


def recurse_fn(n):
    Count.reached = n
    recurse_fn(n + 1)


sys.setrecursionlimit(120)
for start in (Count, recurse_fn):
    try:
        start(0)
    except RecursionError as e:
        print(start.__name__, Count.reached, e)
