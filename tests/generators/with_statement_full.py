class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, tb is not None)
        if self.fail_exit:
            raise KeyError("exit failed: " + self.name)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a, b)
with (CM("p1") as x,
      CM("p2") as y,):
    print("paren", x, y)
with (CM("p3"), CM("p4")):
    print("paren no as")
with CM("s", suppress=True):
    raise ValueError("gone")
print("after suppress")
try:
    with CM("o"), CM("i", fail_enter=True):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("fx", fail_exit=True):
        raise ValueError("orig")
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))
def f():
    for i in range(3):
        with CM("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    with CM("ret"):
        return "returned"
print(f())
def g():
    with CM("gen"):
        yield 1
        yield 2
print(list(g()))
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class Truthy:
    def __bool__(self):
        print("bool called")
        return True
class SupT:
    def __enter__(self): return self
    def __exit__(self, *a): return Truthy()
with SupT():
    1/0
print("suppressed by truthy")
def exc_info_in_exit():
    import sys
    class C:
        def __enter__(self): return self
        def __exit__(self, t, v, tb):
            print("exc_info", sys.exc_info()[0])
            return True
    with C():
        raise IndexError
    print("after", sys.exc_info())
exc_info_in_exit()
with CM("outer"):
    try:
        with CM("inner"):
            raise ValueError("v")
    except ValueError:
        print("handled inside")
