# A `for` loop over a plain generator resumes it inside the eval loop; everything observable
# must stay as with next()/send(): state, errors, tracebacks, PEP 479, finally, recursion.
import sys

def gen(n):
    for i in range(n):
        yield i
    return "done"

print([x for x in gen(4)], list(gen(0)))
g = gen(3)
print(next(g), [x for x in g], list(g))

def states():
    me = yield "start"
    yield sys._getframe().f_back.f_code.co_name

def watch():
    g = states()
    for v in g:
        print(v, g.gi_running, g.gi_suspended)
    print(g.gi_running, g.gi_frame)
watch()

def reenter():
    yield next(g2)
g2 = reenter()
try:
    for _ in g2:
        pass
except ValueError as e:
    print("ValueError:", e)

def raises():
    yield 1
    raise KeyError("k")
try:
    for x in raises():
        print("got", x)
except KeyError as e:
    tb, where = e.__traceback__, []
    while tb is not None:
        where.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("KeyError", e, where)

def stop_inside():
    yield 1
    raise StopIteration(5)
try:
    for x in stop_inside():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__, e.__cause__.value)

def with_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")
log = []
g = with_finally(log)
for x in g:
    break
print(log, g.gi_suspended)
g.close()
print(log)

# exceptions inside the generator that it handles itself
def handles():
    for i in range(3):
        try:
            1 / (i - 1)
        except ZeroDivisionError:
            yield "div"
        else:
            yield i
print(list(handles()))

# exception context seen by code inside a generator run from an except block
def ctx():
    yield repr(sys.exc_info()[1])
try:
    raise ValueError("outer")
except ValueError:
    print([c for c in ctx()])

# deep recursion through nested generators ends in RecursionError, not a crash
def nest(n):
    if n:
        for x in nest(n - 1):
            yield x
    else:
        yield "leaf"
print(list(nest(50)))
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
try:
    list(nest(500))
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)

# yield from inside a loop-resumed generator, and send() afterwards
def outer():
    r = yield from gen(2)
    yield r
print(list(outer()))
def echo():
    x = 0
    while x < 100:
        got = yield x
        x = x + 1 if got is None else got
e = echo()
for v in e:
    if v == 2:
        break
print(e.send(50), next(e), [v for v in e][:2])

# the generator's return value is not visible to a for loop
def ret():
    yield 1
    return 99
print([x for x in ret()])

# an uncaught error from a loop-resumed generator: the full traceback
def bad(n):
    yield n
    yield 1 // (n - n)
for x in bad(3):
    pass
