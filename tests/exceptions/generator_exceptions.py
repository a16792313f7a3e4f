def gen():
    yield 1
    raise ValueError("in gen")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
try:
    next(g)
except StopIteration:
    print("generator finished after exception")
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print(type(e).__name__, e)
def gen3():
    try:
        yield 1
    finally:
        print("finally in generator")
for v in gen3():
    print("got", v)
g4 = gen3()
next(g4)
g4.close()
print("after close")
print(list(gen3()))
