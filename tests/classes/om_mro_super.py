class O: pass
class A(O): pass
class B(O): pass
class C(A, B): pass
print([k.__name__ for k in C.__mro__], [k.__name__ for k in C.mro()])
try:
    class Z(A, C): pass
except TypeError as e: print(e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e: print(e)
try:
    class Dup(X, X): pass
except TypeError as e: print(e)
class Base:
    def m(self): return 'Base.m'
    @classmethod
    def cm(cls): return 'Base.cm ' + cls.__name__
    @staticmethod
    def sm(x): return 'Base.sm %s' % x
    @property
    def p(self): return 'Base.p'
    def __new__(cls, *a):
        print('Base.__new__', cls.__name__, a)
        return super().__new__(cls)
    def __init_subclass__(cls, **kw):
        print('Base.__init_subclass__', cls.__name__)
        super().__init_subclass__(**kw)
class Der(Base):
    def m(self): return 'Der.m/' + super().m()
    @classmethod
    def cm(cls): return 'Der.cm/' + super().cm()
    @staticmethod
    def sm(x): return 'Der.sm/' + super(Der, Der).sm(x)
    @property
    def p(self): return 'Der.p/' + super().p
    def __new__(cls, *a):
        print('Der.__new__')
        return super().__new__(cls, *a)
    def __init_subclass__(cls, **kw):
        print('Der.__init_subclass__', cls.__name__)
        super().__init_subclass__(**kw)
d = Der(1)
print(d.m(), Der.cm(), d.sm(1), d.p)
print(super(Der, d).m(), super(Base, d).__init__ is not None)
class Der2(Der): pass
s = super(Der, d); print(s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is d)
print(repr(super(Der, d))[:30])
try: super(Der, 1)
except TypeError as e: print(e)
try: super(int, 'x')
except TypeError as e: print(e)
def outside(): return super().m()
try: outside()
except RuntimeError as e: print(e)
class L(list):
    def append(self, x): print('append', x); super().append(x)
l = L(); l.append(1); print(l)
class K:
    def f(self):
        return [super().__repr__ is not None for _ in range(1)]
try: print(K().f())
except TypeError as e: print(e)
class Diamond(A, B):
    def who(self): return [c.__name__ for c in type(self).__mro__]
print(Diamond().who())
try: super().x
except RuntimeError as e: print(e)
try: super(Der).m
except AttributeError as e: print(e)
print(super(Der).__thisclass__.__name__)
