class A:
    def who(self): return 'A'
class B(A): pass
class C(A):
    def who(self): return 'C'
class D:
    def who(self): return 'D'
class E(B): pass
b, e = B(), E()
print(b.who(), e.who(), [k.__name__ for k in E.__mro__])
B.__bases__ = (D,)
print(b.who(), e.who(), [k.__name__ for k in E.__mro__], A.__subclasses__(), D.__subclasses__())
B.__bases__ = (C, A)
print(b.who(), [k.__name__ for k in B.__mro__], isinstance(b, C), issubclass(E, C))
for stmt in ['del B.__bases__', 'B.__bases__ = [A]', 'B.__bases__ = ()', 'B.__bases__ = (1,)',
             'A.__bases__ = (B,)', 'int.__bases__ = (object,)', 'B.__bases__ = (int,)',
             'B.__bases__ = (A, C)', 'B.__bases__ = (object,)']:
    try:
        exec(stmt)
        print(stmt, 'ok')
    except TypeError as exc:
        print(stmt, '->', exc)
print([k.__name__ for k in B.__mro__], b.who())
class S1: __slots__ = ('a',)
class S2: __slots__ = ('b',)
class S3: __slots__ = ('a',)
class N1: pass
class N2: pass
s = S1()
for target in [S2, S3, N1, int]:
    try:
        s.__class__ = target
        print('now', type(s).__name__)
    except TypeError as exc:
        print(exc)
n = N1(); n.__class__ = N2; print(type(n).__name__)
try: n.__class__ = 5
except TypeError as exc: print(exc)
try: del n.__class__
except TypeError as exc: print(exc)
class MyInt(int): pass
class MyInt2(int): pass
m = MyInt(3)
try: m.__class__ = MyInt2
except TypeError as exc: print(exc)
try: (5).__class__ = MyInt
except TypeError as exc: print(exc)
for base in (int, str, tuple, float, list, dict):
    X = type('X', (base,), {}); Y = type('Y', (base,), {})
    x = X()
    for t in (X, Y):
        try:
            x.__class__ = t
            print(base.__name__, t.__name__, 'ok')
        except TypeError as exc:
            print(base.__name__, t.__name__, exc)
