def gen():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
def gen2():
    yield 1
    yield 2
g2 = gen2()
next(g2)
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g2)
except StopIteration:
    print("exhausted after throw")
def gen3():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g3 = gen3()
next(g3)
g3.close()
print("end")
