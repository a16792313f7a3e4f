def g():
    yield 1
    raise StopIteration("inside")
try:
    list(g())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
def r():
    yield 1
    return "retval"
it = r()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
def outer():
    v = yield from r()
    print("got", v)
    yield "end"
print(list(outer()))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closer()
next(c)
c.close()
c.close()
print(next(c, "exhausted"))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "nope"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
def running():
    yield next(me)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def fresh():
    x = yield
    print("x", x)
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print("TypeError", e)
