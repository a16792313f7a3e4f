# Call shapes decided from the code object's precomputed flags (positional-only shape, cells,
# free variables), frames of every size (the new frame's slots are cleared two at a time), the
# quick return path next to frames that have a frame object, and binding errors.
import sys


# frames of 1..9 slots: parameters, locals and stack depth vary
def f0():
    return 0

def f1(a):
    return a

def f2(a, b):
    x = a + b
    return x

def f3(a, b, c):
    x = y = None
    return (a, b, c, x, y)

def f4(a, b=2, c=3, d=4):
    e = [a, b, c, d]
    return e

def locals_unbound(flag):
    if flag:
        z = 1
    return z

print(f0(), f1(1), f2(1, 2), f3(1, 2, 3), f4(1), f4(1, 5), f4(1, 5, 6, 7))
for flag in (True, False):
    try:
        print(locals_unbound(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


# closures: free variables copied from the closure, cells created per call
def outer(n):
    def get():
        return n
    def setn(v):
        nonlocal n
        n = v
    return get, setn

g, s = outer(1)
print(g())
s(42)
print(g())

def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc

c = counter()
print([c(i & 3) for i in range(10)], c())

def cell_arg(x):
    def inner():
        return x * 2
    x += 1
    return inner()

print(cell_arg(5), cell_arg(2.5))

# closures over loop variables: one cell per scope, late binding, and default-argument binding
fs = [lambda: i for i in range(4)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(4)]
print([f() for f in fs])
fs = []
for j in range(3):
    fs.append(lambda: j)
j = 10
print([f() for f in fs])
def loop_cells():
    out = []
    for k in range(3):
        def h(k=k):
            return k * 10
        out.append(h)
    return [h() for h in out]
print(loop_cells())

adders = [lambda x, i=i: x + i for i in range(5)]
print([a(100) for a in adders])


# methods through LOAD_METHOD's self slot, bound methods called later, staticmethod
class K:
    def m(self, a, b=1):
        return (type(self).__name__, a, b)
    @staticmethod
    def st(a):
        return a + 1

k = K()
bm = k.m
print(k.m(1), k.m(1, 2), bm(3), bm(3, b=4), K.st(1), k.st(2))


# shapes that leave the quick path: *args, **kwargs, keyword-only, generators, coroutines
def va(*args):
    return args

def vk(**kw):
    return sorted(kw.items())

def ko(a, *, b=5):
    return a, b

def gen(n):
    yield from range(n)

print(va(), va(1, 2), vk(), vk(x=1), ko(1), ko(1, b=2), list(gen(3)))

async def coro():
    return 1

co = coro()
print(type(co).__name__)
co.close()

# __code__ and __defaults__ reassigned: the new code's flags and defaults are used
def target(a, b):
    return ("target", a, b)

def other(a, b=7):
    return ("other", a, b)

target.__defaults__ = (9,)
print(target(1))
target.__code__ = other.__code__
print(target(1), target(1, 2))
target.__code__ = gen.__code__
print(list(target(2)))
target.__code__ = va.__code__
print(target(1, 2, 3))


# binding errors keep CPython's messages
def two(a, b):
    pass

def dflt(a, b=1):
    pass

for call in (lambda: two(), lambda: two(1), lambda: two(1, 2, 3), lambda: dflt(),
             lambda: dflt(1, 2, 3), lambda: two(1, c=2), lambda: two(1, a=2),
             lambda: f0(1), lambda: K().m(), lambda: k.m(1, 2, 3), lambda: ko(1, 2),
             lambda: outer(), lambda: c(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


# the quick return next to frames with a frame object (tracebacks, sys._getframe)
def keep_frame():
    fr = sys._getframe()
    x = 99
    return fr

fr = keep_frame()
print(fr.f_locals["x"], fr.f_code.co_name)

def raiser(n):
    if n == 0:
        raise ValueError("deep")
    return raiser(n - 1)

try:
    raiser(3)
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        last = tb.tb_frame
        tb = tb.tb_next
    print("frames:", n, last.f_locals["n"])


# recursion limit: the quick path refuses, the general path raises
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)

print(depth_ok(500))
old = sys.getrecursionlimit()
sys.setrecursionlimit(60)
try:
    depth_ok(100)
except RecursionError as e:
    print("RecursionError at 60:", e)
print(depth_ok(40))
sys.setrecursionlimit(old)


# mutual recursion and results through many frames
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(is_even(300), is_odd(301), fib(20))
