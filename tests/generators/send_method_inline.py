# gen.send(v) called from Python code: values, StopIteration(value), errors, tracebacks, states.

def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return n
        total += value
        n += 1
        avg = total / n

co = averager()
print(co.send(None))
for v in [1, 2, 3.5]:
    print(co.send(v))
try:
    co.send(None)
except StopIteration as e:
    print("StopIteration", e.value, e.args, tb_lines(e))
# closed: send raises StopIteration() without a value
try:
    co.send(5)
except StopIteration as e:
    print("again", e.args)

# a fresh generator: only None may be sent
def echo():
    while True:
        x = yield
        print("got", x)
g = echo()
try:
    g.send(1)
except TypeError as e:
    print(e)
g.send(None)
g.send("a")
g.send([1, 2])
g.close()
try:
    g.send(3)
except StopIteration as e:
    print("closed", e.args)

# return None / return a value / return a tuple
def ret(v):
    yield 1
    return v
for v in [None, 0, (1, 2), StopIteration("x")]:
    g = ret(v)
    next(g)
    try:
        g.send(None)
    except StopIteration as e:
        print(type(e.value).__name__, repr(e.value), len(e.args))

# an exception inside the generator propagates with both frames in the traceback
def boom():
    x = yield
    yield 1 // x
g = boom()
next(g)
try:
    g.send(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", tb_lines(e))
try:
    g.send(1)
except StopIteration as e:
    print("after error: StopIteration", e.args)

# PEP 479: StopIteration raised inside becomes RuntimeError
def leak():
    yield
    raise StopIteration("inner")
g = leak()
next(g)
try:
    g.send(None)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))

# re-entrant send: ValueError
def reenter():
    yield g2.send(None)
g2 = reenter()
try:
    next(g2)
except ValueError as e:
    print(e)

# send through the unbound descriptor, getattr, and a bound method object
def counter():
    n = 0
    while True:
        n += (yield n) or 1
c = counter()
next(c)
print(type(c).send(c, 10), getattr(c, "send")(5), c.send(None))
s = c.send
print(s(100), s(1))
# wrong argument counts and a coroutine's send on a generator
try:
    c.send()
except TypeError as e:
    print(e)
try:
    c.send(1, 2)
except TypeError as e:
    print(e)
try:
    c.send(v=1)
except TypeError as e:
    print(e)

# send into a generator that delegates with yield from
def inner():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got
def outer():
    r = yield from inner()
    yield ("inner returned", r)
g = outer()
print(next(g), g.send("a"), g.send("b"), g.send("c"))

# send in a loop with try/finally in the generator, then close
def fin():
    try:
        while True:
            x = yield
            if x == "stop":
                return "stopped"
    finally:
        print("finally ran")
g = fin()
next(g)
for x in ["p", "q"]:
    g.send(x)
try:
    g.send("stop")
except StopIteration as e:
    print(e.value)

# deep recursion through send
def relay(depth):
    if depth == 0:
        while True:
            yield "bottom"
    sub = relay(depth - 1)
    next(sub)
    while True:
        yield sub.send(None)
r = relay(50)
next(r)
print(r.send(None))

# sending inside an except block keeps the handled exception
def show_exc():
    import sys
    while True:
        yield repr(sys.exc_info()[1])
g = show_exc()
next(g)
try:
    raise KeyError("k")
except KeyError:
    print(g.send(1))
print(g.send(2))
