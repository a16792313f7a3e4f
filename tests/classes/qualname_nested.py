def outer():
    def inner():
        pass
    class Local:
        def meth(self): pass
    return inner, Local
i, L = outer()
print(i.__name__, i.__qualname__)
print(L.__name__, L.__qualname__, L.meth.__qualname__)
class A:
    class B:
        def m(self):
            return (lambda: 0)
    def g(self):
        def h(): pass
        return h
print(A.B.__qualname__, A.B.m.__qualname__, A.B().m().__qualname__, A().g().__qualname__)
print(outer.__module__, A.__module__)
gen = (x for x in [])
print(type(gen).__name__)
print([c.__qualname__ for c in (int, dict.get, str.upper)])
print(len.__qualname__, A.g.__name__)
