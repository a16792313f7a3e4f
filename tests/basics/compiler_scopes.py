# Compiler: closures, cells, class scopes, super, mangling, qualnames, comprehensions, unpacking.
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
f = outer(); print(f(), f())
def cell_arg(a, b):
    def g():
        return a + b
    a = 10
    return g
print(cell_arg(1, 2)())
class Base:
    def hello(self):
        return "base"
    @classmethod
    def cm(cls):
        return cls.__name__
class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()
    @classmethod
    def cm(cls):
        return "D:" + super().cm()
    def cls(self):
        return __class__.__name__
print(Derived().hello(), Derived.cm(), Derived().cls())
class A:
    __private = 5
    def get(self):
        return self.__private
    def __m(self):
        return "mangled"
    def call(self):
        return self.__m()
print(A().get(), A().call(), A._A__private)
x = "global"
class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(2)]
print(C().m(), C.y)
def f():
    x = "enclosing"
    class D:
        print(x)
        x = "D body"
        print(x)
    return D
f()
def g():
    y = 1
    class E:
        def m(self):
            return y
        y = 2
    return E().m(), E.y
print(g())
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc(); print(counter)
def lam():
    fs = [lambda: i for i in range(3)]
    return [h() for h in fs]
print(lam())
def defaults(a, b=[], *, c=3, d):
    b.append(a)
    return b, c, d
print(defaults(1, d=4), defaults(2, d=5))
print(defaults.__defaults__, defaults.__kwdefaults__)
def ann(a: int, b: "str" = "x") -> list: pass
print(ann.__annotations__)
print((lambda x, *y, z=2, **k: (x, y, z, k))(1, 2, 3, z=4, w=5))
def walrus():
    if (n := 10) > 5:
        print("n", n)
    data = [y for x in range(5) if (y := x * 2) > 4]
    print(data, y)
walrus()
print([(i, j) for i in range(3) for j in range(i)])
print({k: v for k, v in zip("abc", range(3))}, {c for c in "hello"})
g2 = (i * i for i in range(4)); print(list(g2))
def docf():
    "my doc"
    return 1
print(docf.__doc__, docf.__code__.co_consts[0])
def nodoc():
    return 1
print(nodoc.__doc__)
class K:
    "class doc"
    a: int = 3
    b: str
print(K.__doc__, K.__annotations__, K.__qualname__, K.__module__)
def q():
    def r():
        class S:
            def t(self): pass
        return S
    return r
print(q()().__qualname__, q()().t.__qualname__, (lambda: 0).__qualname__)
print([lambda: 0][0].__qualname__)
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return tag + str(fn(*a, **k))
        return inner
    return wrap
@deco("A")
@deco("B")
def dd(x): return x
print(dd(5))
a, *b, c = range(6); print(a, b, c)
(p, q2), r = (1, 2), 3; print(p, q2, r)
[s, [t, *u]] = [1, [2, 3, 4]]; print(s, t, u)
print(*[1, 2], *(3,), sep="-")
def kw(**k): return k
print(kw(a=1, **{"b": 2}, c=3))
print({**{"x": 1}, "y": 2, **{"z": 3}})
print([*range(3), *"ab"], (*range(2),))
i = 5
print(1 < i < 10, 1 < i > 10, 1 < 2 < 3 < 4 > 3)
print(f"{i!r:>5}|{i:03d}|{'s'!s}|{3.14159:.2f}|{i=}")
xs = [1, 2, 3]; xs[1] += 10; print(xs)
class O: pass
o = O(); o.v = 1; o.v *= 5; print(o.v)
d = {"k": [1]}; d["k"] += [2]; print(d)
del xs[0]; print(xs)
del o.v; print(hasattr(o, "v"))
print(-5, -2.5, -(1), not 0, ~5, +3, -9223372036854775808, --3)
print(1 if 0 else 2, 0 or "x", 1 and 2, None or 0 or [])
def gy():
    x = yield 1
    print("got", x)
    y = yield from [10, 20]
    return 99
gg = gy(); print(next(gg)); print(gg.send("S")); print(next(gg))
try:
    next(gg)
except StopIteration as e:
    print("stop", e.value)
