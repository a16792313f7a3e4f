# send/throw/next/close in every generator state (the error paths of tpGen_send), return values,
# exceptions inside, gi_running/gi_frame/gi_suspended around them, through C-level loops too.
import types

def gen():
    x = yield 1
    try:
        y = yield x
    except KeyError as e:
        yield "caught %r" % (e,)
    return "done"

def report(what, f):
    try:
        print(what, "->", repr(f()))
    except Exception as e:
        print(what, "raises", type(e).__name__, e, getattr(e, "value", ""))

g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_suspended)
report("send 5 fresh", lambda: g.send(5))
report("throw fresh", lambda: g.throw(ValueError("v")))
print(g.gi_frame, g.gi_suspended)
report("next closed", lambda: next(g))
report("send closed", lambda: g.send(1))
report("throw closed", lambda: g.throw(KeyError("k")))
report("close closed", lambda: g.close())

g = gen()
report("next", lambda: next(g))
report("send 7", lambda: g.send(7))
print(g.gi_suspended, g.gi_frame.f_lineno)
report("throw KeyError", lambda: g.throw(KeyError("k")))
report("send", lambda: g.send(None))
report("after return", lambda: next(g))

def selfish():
    yield me.gi_running
    yield next(me)

me = selfish()
report("gi_running inside", lambda: next(me))
report("next inside itself", lambda: next(me))
report("after error", lambda: next(me))

def raiser():
    yield 1
    raise ZeroDivisionError("inside")


try:
    sum(raiser())
except ZeroDivisionError as e:
    print("sum got", e)
try:
    list(x for x in raiser())
except ZeroDivisionError as e:
    print("list got", e)

def stopper():
    yield 1
    raise StopIteration("early")

try:
    print(list(stopper()))
except RuntimeError as e:
    print("RuntimeError", e, "from", type(e.__cause__).__name__)

@types.coroutine
def yielder():
    yield "tick"
    return "coro result"

async def co():
    return await yielder()

c = co()
report("coro send None", lambda: c.send(None))
report("coro send again", lambda: c.send(None))
report("coro reuse", lambda: c.send(None))
c2 = co()
report("coro send 1 fresh", lambda: c2.send(1))
c2.close()

def averager():
    total, n = 0.0, 0
    while True:
        v = yield (total / n if n else None)
        if v is None:
            return n
        total += v
        n += 1

a = averager()
next(a)
print([a.send(float(i)) for i in range(1, 6)])
report("finish", lambda: a.send(None))
