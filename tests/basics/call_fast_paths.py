# Calls that take the VM's fast paths must behave exactly like the general ones.
import sys

def pair(a, b):
    return (a, b)

def outer(k):
    def inner(x):          # free variable k, exact positional call
        return x + k
    return inner

def cellarg(x):
    def get():             # x is a cell that starts from the argument
        return x
    x += 1
    return get

print(pair(1, 2), outer(10)(5), cellarg(41)())

# argument errors still come from the general binder
for call in (lambda: pair(1), lambda: pair(1, 2, 3), lambda: pair(1, c=2),
             lambda: outer(1)(), lambda: pair(*[1]), lambda: pair(*(1, 2, 3))):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# f(*args) / f(*args, **{}) forwards the tuple's items; the tuple itself is untouched
args = (3, 4)
print(pair(*args), pair(*args, **{}), args)
def star(*a):
    return a
t = (1, 2, 3)
r = star(*t)
print(r, r == t, type(r))
class T(tuple):
    pass
print(pair(*T((5, 6))), star(*T((7,))))
def kwonly(a, *, b=2):
    return a, b
print(kwonly(*(1,)), kwonly(*(1,), **{"b": 5}))
print(float.fromhex(*("0x1p3",)), int.from_bytes(*(b"\x01\x00", "big")))

# unbound locals in a fast-called frame are still unbound
def unbound(a):
    if a:
        y = 1
    return y
try:
    unbound(0)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# recursion limit and traceback through fast-called frames
def down(n):
    return down(n + 1)
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)

def boom(a, b):
    return a // b
def mid(a):
    return boom(a, 0)
try:
    mid(1)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

# generators with many locals and deep stacks keep their state across suspension
def many(n):
    a, b, c, d, e, f, g, h = range(8)
    for i in range(n):
        yield (a + b + c + d + e + f + g + h) * i, [x for x in (i, i + 1)]
print(list(many(3)))
def inner_gen():
    yield 1
    return 2
def outer_gen():
    r = yield from inner_gen()
    yield r
print(list(outer_gen()), sum(x for x in range(100)))
gens = [many(2) for _ in range(200)]
print(sum(next(g)[0] for g in gens))

# positional calls that leave the rest to defaults
def dflt(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)
print(dflt(1), dflt(1, 5), dflt(1, 5, []), dflt(1))
dflt.__defaults__ = (7, [])
print(dflt(0), dflt(0, 1))
dflt.__defaults__ = None
try:
    dflt(0)
except TypeError as e:
    print("TypeError:", e)
dflt.__defaults__ = ([],)
try:
    dflt(0)
except TypeError as e:
    print("TypeError:", e)
print(dflt(0, 1, []))
def cell_dflt(a, b=10):
    def g():
        return a + b
    return g()
print(cell_dflt(1), cell_dflt(1, 2), [(lambda x, i=i: x + i)(1) for i in range(3)])
