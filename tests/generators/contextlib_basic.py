import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, redirect_stdout,
                        redirect_stderr, ExitStack, AbstractContextManager, asynccontextmanager)

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except KeyError as e:
        print("tag saw", repr(e))
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("swallowed by generator")
try:
    with tag("c"):
        raise ValueError("passes through")
except ValueError as e:
    print("ValueError", e)
print(tag.__name__, tag.__wrapped__.__name__)

@tag("deco")
def f(x):
    print("f", x)
    return x * 2
print(f(21))
print(f(1))

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twoyield():
    yield 1
    yield 2
try:
    with twoyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def stopper():
    yield
try:
    with stopper():
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration passes", e)

@contextmanager
def reraiser():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    with reraiser():
        1 / 0
except ValueError as e:
    print("ValueError", e, "cause", repr(e.__cause__))

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
with suppress():
    pass

class Thing:
    def close(self):
        print("Thing closed")
with closing(Thing()) as th:
    print("using", type(th).__name__)

with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
b = Buf()
with redirect_stdout(b) as r:
    print("captured", 1)
print("captured was", b.parts, r is b)
e = Buf()
with redirect_stderr(e):
    print("to err", file=sys.stderr)
print("err was", e.parts)

with ExitStack() as stack:
    stack.callback(print, "callback 1")
    stack.callback(lambda: print("callback 2"))
    x = stack.enter_context(tag("x"))
    print("entered", x)
    @stack.push
    def exit_cb(et, ev, tb):
        print("push saw", et)
print("after stack")

def raises(exc):
    def cb(*a):
        raise exc
    return cb

try:
    with ExitStack() as stack:
        stack.push(raises(KeyError("inner")))
        stack.push(raises(IndexError("outer")))
        raise ValueError("body")
except Exception as ex:
    print(type(ex).__name__, ex)
    c = ex.__context__
    while c is not None:
        print("  context", type(c).__name__, c)
        c = c.__context__

with ExitStack() as stack:
    stack.push(lambda *a: True)
    raise ZeroDivisionError
print("suppressed by stack")

stack = ExitStack()
stack.callback(print, "popped later")
s2 = stack.pop_all()
stack.close()
print("closing s2")
s2.close()

class CM(AbstractContextManager):
    def __exit__(self, *a):
        print("CM exit", a[0])
with CM() as cm:
    print(type(cm).__name__)
print(issubclass(CM, AbstractContextManager), isinstance(nullcontext(), AbstractContextManager))
try:
    with ExitStack() as st:
        st.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

@asynccontextmanager
async def actx(n):
    print("aenter", n)
    try:
        yield n * 2
    finally:
        print("aexit", n)

async def amain():
    async with actx(1) as v:
        print("inside async", v)
    try:
        async with actx(2):
            raise KeyError("k")
    except KeyError as e:
        print("KeyError", e)
    async with nullcontext(9) as n:
        print("async null", n)

c = amain()
try:
    c.send(None)
except StopIteration:
    print("amain done")
