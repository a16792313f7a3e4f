def f(a, b=2, *args, c, d=4, **kw):
    "f doc"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
print(f.__code__.co_filename.endswith('.py'), f.__code__.co_firstlineno, type(f.__code__).__name__)
f.__defaults__ = (10,); print(f.__defaults__)
f.__kwdefaults__ = {'c': 1, 'd': 4}; print(f(1), f.__kwdefaults__)
f.custom = 'x'; print(f.custom, f.__dict__)
f.__name__ = 'g'; f.__qualname__ = 'G.g'; print(f.__name__, f.__qualname__, repr(f).startswith('<function G.g at'))
try: f.__name__ = 1
except TypeError as e: print(e)
try: f.__defaults__ = 1
except TypeError as e: print(e)
def ann(x: int, y: 'str' = 'a') -> bool: pass
print(ann.__annotations__)
def noann(): pass
print(noann.__annotations__, noann.__defaults__, noann.__kwdefaults__, noann.__doc__)
def wrapper(fn):
    def w(*a): return fn(*a)
    w.__wrapped__ = fn
    w.__name__ = fn.__name__
    return w
@wrapper
def inner(): return 1
print(inner.__wrapped__.__name__, inner.__name__, inner.__qualname__)
class C:
    def m(self): return self
    @classmethod
    def cm(cls): pass
c = C()
bm = c.m
print(bm.__self__ is c, bm.__func__ is C.m, bm.__name__, bm.__qualname__, bm.__doc__, bm.__module__)
print(c.m == c.m, c.m is c.m, c.m != C().m, hash(c.m) == hash(c.m))
print(repr(C.cm).startswith('<bound method C.cm of <class'), C.cm.__self__ is C)
print(repr(c.m).startswith('<bound method C.m of <__main__.C object at'))
try: bm.newattr = 1
except AttributeError as e: print(e)
C.m.attr = 'fa'; print(c.m.attr)
print(type(bm).__name__, type(f).__name__, type(len).__name__, type([].append).__name__, type(list.append).__name__)
print(len.__name__, len.__qualname__, [].append.__qualname__, list.append.__qualname__, len.__module__, [].append.__self__)
print(repr(list.append), repr(len), repr(list.__add__), repr(object.__init__))
print(type(list.__dict__['__add__']).__name__, type(object.__dict__['__class__']).__name__)
print(list.__dict__['append'].__name__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def outer():
    def inner2(): pass
    return inner2
print(outer().__qualname__, outer.__code__.co_nlocals)
print(f.__globals__ is globals(), f.__closure__, outer().__closure__)
def mk():
    x = 1
    def g(): return x
    return g
print(mk().__closure__[0].cell_contents, mk().__code__.co_freevars)
print(callable(f), f.__call__() if False else '', f.__get__(1)() if False else '')
print(f.__get__(5).__self__, type(f.__get__(5)).__name__)
