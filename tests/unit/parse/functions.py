def f(): pass
def f(a): pass
def f(a, b=1, *args, c, d=2, **kw): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c): pass
def f(*, a=1, b): pass
def f(a: int, b: "str" = "x", *args: int, **kw: dict) -> None: pass
def f(*args: *Ts): pass
def f(a,): pass
def f(a, /,): pass
def f(**kw,): pass
@dec
def f(): pass
@dec.attr(1)
@other
def f():
    """doc"""
    return 1
async def f():
    await x
    async for a in b: pass
    async with c as d: pass
    return [x async for x in y]
lambda: 0
lambda x: x
lambda x, y=1, *a, z, **k: 0
lambda a, /, b: 0
lambda *, a: a
lambda *a: a
lambda **k: k
f = lambda x=lambda: 1: x
def g():
    x = yield
    y = yield from z
    nonlocal q
class C: pass
class C(): pass
class C(A, B, metaclass=M, **kw): pass
class C(*bases): pass
@dataclass
class D:
    x: int = 0
    def m(self):
        return self.x
