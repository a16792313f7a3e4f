import sys
class A:
    "doc of A"
    cls_attr = 1
    def __init__(self): self.x = 1; self.y = 2
    def meth(self): pass
class B(A):
    def extra(self): pass
b = B()
print([n for n in dir(b) if not n.startswith('__')], len(dir(b)) == len(set(dir(b))), dir(b) == sorted(dir(b)))
print(dir(A) == sorted(dir(A)), '__init__' in dir(A), '__dict__' in dir(b), '__class__' in dir(A))
print(dir(B))
print(dir(object()))
print(vars(b), b.__dict__ is vars(b))
b.__dict__ = {'z': 9}; print(b.z, vars(b))
try: b.__dict__ = 1
except TypeError as e: print(e)
print(sorted(k for k in vars(A) if not k.startswith('__')), type(A.__dict__).__name__)
try: A.__dict__['q'] = 1
except TypeError as e: print(e)
try: vars(1)
except TypeError as e: print(e)
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, B.__doc__, A.__bases__, B.__base__)
class C1: pass
class C2: pass
o = C1(); o.__class__ = C2; print(type(o).__name__)
try: o.__class__ = int
except TypeError as e: print(e)
try: (1).__class__ = C1
except TypeError as e: print(e)
class S1: __slots__ = ('a',)
class S2: __slots__ = ('b',)
try: S1().__class__ = S2
except TypeError as e: print(e)
print(A.__subclasses__(), int.__subclasses__() == int.__subclasses__())
B.__name__ = 'BB'; print(B.__name__, B.__qualname__, B)
try: B.__name__ = 1
except TypeError as e: print(e)
B.__qualname__ = 'Q.BB'; print(B, B.__qualname__)
print(isinstance(1, (str, (int, float))), issubclass(bool, (str, int)), isinstance(b, A))
try: isinstance(1, 1)
except TypeError as e: print(e)
try: issubclass(1, int)
except TypeError as e: print(e)
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 'magic'
    def __subclasscheck__(cls, sub): return sub is int
class M(metaclass=Meta): pass
print(isinstance('magic', M), isinstance(3, M), issubclass(int, M), issubclass(str, M), isinstance(M(), M))
print(hasattr(b, 'x'), hasattr(b, 'nope'), getattr(b, 'nope', None))
setattr(b, 'w', 3); delattr(b, 'w'); print(hasattr(b, 'w'))
try: delattr(b, 'w')
except AttributeError as e: print(e)
try: getattr(b, 1)
except TypeError as e: print(e)
print(callable(len), callable(A), callable(b), callable(b.meth))
m = sys.modules[__name__]; print(m.__name__, type(m).__name__)
print([n for n in dir(m) if not n.startswith('_')])
print(type.__name__, object.__name__, int.__qualname__, int.__module__, type(None).__name__)
print(A.__dict__['meth'].__qualname__, A.meth.__module__)
class HasDoc:
    """Multi
    line"""
print(repr(HasDoc.__doc__), int.__doc__[:10] if int.__doc__ else None)
print(object.__subclasses__ is not None, type(b).__mro__[-1])
