x = "module"
class C:
    x = "class"
    def meth(self):
        return x
    y = [x for _ in range(1)]
    z = x
print(C().meth())
print(C.y)
print(C.z)
def f():
    y = 1
    class D:
        y = 2
        def get(self):
            return y
        w = y
    return D().get(), D.w
print(f())
def g():
    v = "enclosing"
    w = "enclosing w"
    class E:
        print(v)
        w = "class body"
        print(w)
    return E.w
print(g())
