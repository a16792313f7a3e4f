# Compiler: star-args, keyword calls, displays, walrus scopes, augmented assignment targets.
def f(*a, **k): return a, k
a1, b1, c1 = [1], (2, 3), {"z": 9}
print(f(*a1, 0, *b1, k=1, **c1, d=2))
print(f(0, *a1, x=1, **{"y": 2}, **{"w": 3}))
print(f(**{"a": 1}))
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**5)
except TypeError as e:
    print(e)
try:
    print([*5])
except TypeError as e:
    print(e)
try:
    print({**5})
except TypeError as e:
    print(e)
class K:
    v = 1
    try:
        w = [v for _ in range(1)]
    except NameError as e:
        print("class comp:", e)
    u = [x for x in range(v + 1)]
print(K.u)
def gw():
    [(gx := i) for i in range(3)]
    return gx
print(gw())
total = 0
def mod_walrus():
    global total
    [(total := total + i) for i in range(4)]
mod_walrus(); print(total)
def te():
    try:
        x = 1
    except Exception:
        pass
    else:
        return "else-ret"
    finally:
        print("te fin")
print(te())
def unbound():
    try:
        print(zz)
    except NameError as e:
        print(type(e).__name__, e)
    zz = 1
unbound()
def deleted_local():
    q = 1
    del q
    try:
        q
    except UnboundLocalError as e:
        print(e)
deleted_local()
x = 0
def aug_global():
    global x
    x += 5
aug_global(); print(x)
def aug_nonlocal():
    y = 1
    def inner():
        nonlocal y
        y *= 10
    inner(); inner()
    return y
print(aug_nonlocal())
class P:
    def __init__(self): self.d = {"a": [1]}
p = P(); p.d["a"][0] += 41; print(p.d)
s = [[1, 2], [3, 4]]; s[1][0] **= 2; print(s)
print((lambda *, k=3: k)(), (lambda a, /, b: a + b)(1, b=2))
fs = [lambda i=i: i for i in range(3)]; print([h() for h in fs])
print(type(lambda: (yield)).__name__, list((lambda: (yield 5))()))
def gen_ret():
    yield 1
    return 2
def deleg():
    r = yield from gen_ret()
    yield r
print(list(deleg()))
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) if x for y in range(x)])
print({x: y for x, y in [(1, 2)] for _ in [0]})
print(sum(x for x in range(5)), max((x for x in "abc"), key=ord))
print([y for x in [[1, 2], [3]] for y in x])
g = (x for x in [1]); print(next(g), next(g, "done"))
import sys as _s, sys as _p
print(_s.__name__, _p.__name__)
from sys import (argv as av,
                 path)
print(type(av).__name__)
if True:
    pass
elif False:
    print("no")
else:
    print("no")
while False:
    print("never")
else:
    print("while else")
for _ in []:
    pass
else:
    print("for else")
print(1 if True else 2, 3 if None else 4)
print(not not [], [] or {} or () or "last")
print(0 < 1 == 1 != 2 <= 2 >= 2 > 1 in [1] not in [[2]] is not None)
