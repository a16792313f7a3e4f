# corner cases of slots / getattr / setattr dispatch
class A:
    def __getattr__(self, name):
        if name.startswith('_'): raise AttributeError(name)
        return name.upper()
a = A(); print(a.foo, getattr(a, 'bar'), hasattr(a, '_x'))
class B:
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
b = B(); b.x = 2; setattr(b, 'y', 3); print(b.x, b.y, vars(b))
class C:
    __slots__ = ('x',)
    def __init__(self): self.x = 1
c = C()
print(c.x, C.x.__get__(c), C.x.__name__ if hasattr(C.x, '__name__') else '', repr(C.x))
try: C.x.__set__(1, 2)
except TypeError as e: print(e)
try: object.__setattr__(1, 'a', 2)
except AttributeError as e: print(e)
try: object.__setattr__(C, 'a', 2)
except TypeError as e: print(e)
try: setattr(int, 'x', 1)
except TypeError as e: print(e)
try: int.real = 1
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: (1).real = 2
except AttributeError as e: print(e)
try: del (1).real
except AttributeError as e: print(e)
try: [].append = 1
except AttributeError as e: print(e)
try: del C().x
except AttributeError as e: print(e)
class D: pass
d = D()
try: del d.nope
except AttributeError as e: print(e)
try: del D.nope
except AttributeError as e: print(e)
print(object.__getattribute__(a, '__class__').__name__)
try: object.__getattribute__(a, 'missing')
except AttributeError as e: print(e)
print(type.__getattribute__(A, '__name__'))
class Sl2:
    __slots__ = ['a', 'b']
print(Sl2.__slots__, sorted(k for k in Sl2.__dict__ if not k.startswith('__')))
class SlD:
    __slots__ = {'p': 'doc p', 'q': 'doc q'}
print(sorted(k for k in SlD.__dict__ if not k.startswith('__')))
try:
    class Bad:
        __slots__ = (1,)
except TypeError as e: print(e)
try:
    class Bad2:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e: print(e)
try:
    class Bad3:
        __slots__ = ('a b',)
except TypeError as e: print(e)
class Par:
    __slots__ = ('a',)
class Chi(Par):
    __slots__ = ('a',)
print(Chi.a is not Par.a)
class Priv:
    __slots__ = ('__secret',)
    def __init__(self): self.__secret = 5
print(Priv()._Priv__secret, '_Priv__secret' in Priv.__dict__)
