def f(a, b=2, *args, c, d=4, **kw):
    "Doc."
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__module__)
f.custom = 5
print(f.custom, f.__dict__)
class C:
    def m(self): pass
    class Inner:
        def n(self): pass
print(C.m.__qualname__, C.Inner.n.__qualname__)
print(callable(f), type(f).__name__)
g = lambda: 0
print(g.__name__, g.__qualname__)
print(f.__code__.co_name)
