class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as x, CM("b", True) as y:
    print(x, y)
    raise ValueError("boom")
print("after")
try:
    with CM("c") as x:
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def f():
    for i in range(3):
        with CM("loop%d" % i):
            if i == 1:
                return i
            continue
print(f())
class Bad:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("in exit")
try:
    with Bad():
        raise ValueError("orig")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
