# `yield from` a plain generator resumes it inside the eval loop; values sent in, return values,
# throw/close delegation, errors and tracebacks must behave as through tpGen_send.
def inner(n):
    got = []
    for i in range(n):
        v = yield i
        got.append(v)
    return got

def outer(n):
    r = yield from inner(n)
    yield ("inner returned", r)

print(list(outer(3)))
g = outer(3)
print(next(g), g.send("a"), g.send("b"), g.send("c"))
g = outer(2)
next(g)
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_running, g.gi_yieldfrom.gi_suspended)

def catcher():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield "caught %r" % e
    finally:
        print("inner finally")

def deleg():
    r = yield from catcher()
    print("deleg resumed", r)
    yield "after"

g = deleg()
print(next(g), g.throw(KeyError("x")), next(g))
g = deleg()
next(g)
g.close()
print(g.gi_frame, g.gi_suspended)

def bad_inner():
    yield 1
    raise StopIteration("oops")
def bad_outer():
    yield from bad_inner()
try:
    for x in bad_outer():
        print("item", x)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

def chain(depth):
    if depth == 0:
        yield "bottom"
        return "ret0"
    r = yield from chain(depth - 1)
    return r + "+"
def top():
    r = yield from chain(30)
    yield r
print(list(top()))

def yf_list():
    r = yield from [1, 2]
    yield r
print(list(yf_list()))

def err_inner():
    yield 1
    {}["missing"]
def err_outer():
    yield from err_inner()
for x in err_outer():
    print("item", x)
