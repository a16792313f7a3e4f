class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration(self.i * 100)
        return self.i
    def send(self, v):
        print("It.send", v); return self.__next__()
    def throw(self, *a):
        print("It.throw", a); return "thrown"
    def close(self):
        print("It.close")
def sub():
    try:
        x = yield "s1"
        print("sub got", x)
        y = yield "s2"
        print("sub got", y)
    except KeyError as e:
        print("sub caught", repr(e))
        yield "s-after-key"
    finally:
        print("sub finally")
    return "subret"
def outer():
    r = yield from sub()
    print("outer r", r)
    r2 = yield from It()
    print("outer r2", r2)
    r3 = yield from [7, 8]
    print("outer r3", r3)
    return "outerret"
o = outer()
print(next(o), o.gi_yieldfrom.__name__)
print(o.send("A"))
print(o.throw(KeyError("k")))
print(next(o))
print(o.send("x"))
print(o.throw(ValueError))
print(next(o), next(o))
try:
    next(o)
except StopIteration as e:
    print("stop", e.value)
o = outer(); next(o); o.close(); print("closed")
o = outer(); next(o); next(o); next(o); print(type(o.gi_yieldfrom).__name__); o.close()
def gen_in_yf():
    yield from (i for i in range(3))
print(list(gen_in_yf()))
def depth(n):
    if n == 0:
        return (yield n)
    r = yield from depth(n - 1)
    return r + 1
d = depth(5); print(next(d))
try:
    d.send(10)
except StopIteration as e:
    print(e.value)
# yield from non-iterable
def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print(e)
