# len(x) where x's class defines __len__ in Python: results, conversions, errors, tracebacks.

def tb_names(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

class Q:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class MyInt(int):
    pass

class Idx:
    def __index__(self):
        return 3

for v in [0, 5, True, False, MyInt(7), 2**40, 2**62]:
    r = len(Q(v))
    print(repr(v), r, type(r).__name__)

class NegIdx:
    def __index__(self):
        return -4

class StrIdx:
    def __index__(self):
        return "4"

class RaiseIdx:
    def __index__(self):
        raise KeyError("idx")

for v in [NegIdx(), StrIdx(), RaiseIdx(), -1, -2**70, 2**63, 2**100, 1.5, "3", None, Idx(), [1]]:
    try:
        print(len(Q(v)))
    except Exception as e:
        print(type(e).__name__, e)

# an exception raised inside __len__
class Bad:
    def __len__(self):
        return 1 // 0
try:
    len(Bad())
except ZeroDivisionError as e:
    print(tb_names(e))

# the validation error is attributed to the caller's line
def outer():
    return len(Q(-5))
try:
    outer()
except ValueError as e:
    print(tb_names(e))

# __len__ as a generator function, a lambda, a staticmethod-free callable object
class G:
    def __len__(self):
        yield 1
try:
    len(G())
except TypeError as e:
    print(e)

class L:
    __len__ = lambda self: 4
print(len(L()))

class CallableLen:
    def __call__(self, *a):
        return 9
class C:
    __len__ = CallableLen()
print(len(C()))

# __len__ replaced on the class and on the instance (instance attribute ignored)
class R:
    def __len__(self):
        return 1
r = R()
print(len(r))
R.__len__ = lambda self: 2
print(len(r))
r.__len__ = lambda: 99
print(len(r))
del R.__len__
try:
    len(r)
except TypeError as e:
    print(e)

# subclass of list overriding __len__; super().__len__()
class LL(list):
    def __len__(self):
        return super().__len__() * 10
print(len(LL([1, 2, 3])))

# len with wrong arities and keywords still raises as before
try:
    len(Q(1), Q(2))
except TypeError as e:
    print(e)
try:
    len(obj=Q(1))
except TypeError as e:
    print(e)

# recursion through __len__
class Deep:
    def __len__(self):
        return len(self)
try:
    len(Deep())
except RecursionError as e:
    print("RecursionError", e)

# bool() / truth testing falls back to __len__ and is unaffected
print(bool(Q(0)), bool(Q(3)), not Q(0))

# len shadowed by a global of the same name
def f():
    len = lambda x: "shadow"
    return len(Q(1))
print(f())

# len inside generators and comprehensions
print([len(Q(i)) for i in range(4)])
def gen():
    for i in range(3):
        yield len(Q(i))
print(list(gen()))
print(sum(len(Q(i)) for i in range(5)))

# built-in containers and their subclasses, and objects without len
class LS(list):
    pass
class DS(dict):
    def __len__(self):
        return 42
print(len([1, 2]), len("héllo"), len(b"ab"), len((1,)), len({1: 2}), len({1, 2}), len(range(5)))
print(len(LS([1, 2, 3])), len(DS(a=1)), len(frozenset()), len(bytearray(3)), len(memoryview(b"xy")) if 'memoryview' in dir(__builtins__) else 2)
print(len({}.keys()), len({1: 2}.items()), len(range(10**20)) if False else len(range(0, 100, 7)))
for bad in [1, None, iter([]), len]:
    try:
        len(bad)
    except TypeError as e:
        print(e)
try:
    len(range(2**63))
except OverflowError as e:
    print("OverflowError", e)
