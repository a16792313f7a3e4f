def r():
    yield 1
    yield 2
    return "v"
a, b = r(); print(a, b)
a, *b = r(); print(a, b)
print(2 in r(), 3 in r())
print(*r())
def f(*args): return args
print(f(*r()), [*r()], (*r(),), {*r()})
print("-".join(str(x) for x in r()), "-".join(map(str, r())))
print(dict.fromkeys(r()), list(reversed(list(r()))), max(r()), min(r()))
print(list(filter(None, r())), list(zip(r(), r())), list(enumerate(r())))
print(set(r()), frozenset(r()), bytes(r()), bytearray(r()))
import math
print(sum(r()), any(r()), all(r()), sorted(r(), reverse=True), math.prod(r()) if hasattr(math, "prod") else 2)
l = []; l.extend(r()); print(l)
d = {}; d.update(zip(r(), r())); print(d)
it = iter(r()); print(next(it), next(it), next(it, "dflt"))
it = r(); next(it); next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
try:
    next(it)
except StopIteration as e:
    print("value again", e.value)
it = r(); list(it)
try:
    it.__next__()
except StopIteration as e:
    print("dunder", e.value)
it = r(); next(it); next(it)
try:
    it.__next__()
except StopIteration as e:
    print("dunder first", e.value)
def yf():
    v = yield from r()
    print("yf got", v)
print(list(yf()))
x, y = (i for i in range(2)); print(x, y)
try:
    x, = r()
except ValueError as e:
    print("ValueError:", e)
