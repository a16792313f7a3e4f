def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        y = yield "i2"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    return "inner-done"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o-end"
o = outer()
print(next(o))
print(o.send("A"))
print(o.throw(KeyError("k")))
print(next(o))
try:
    next(o)
except StopIteration:
    print("stop")
def sub():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
    yield from (x * 10 for x in range(2))
print(list(sub()))
def gen_expr_scope():
    n = 3
    return list(x + n for x in range(n))
print(gen_expr_scope())
g = (x for x in [1, 2])
print(next(g), list(g), list(g))
def lazy():
    print("started")
    yield 1
z = lazy()
print("created")
print(next(z))
