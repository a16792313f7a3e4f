class Data:
    def __get__(self, obj, typ=None): return ('data-get', obj is None, typ.__name__)
    def __set__(self, obj, v): print('data-set', v); obj.__dict__['d'] = v
    def __delete__(self, obj): print('data-del')
class NonData:
    def __get__(self, obj, typ=None): return 'nondata'
class C:
    d = Data(); n = NonData()
c = C(); c.__dict__['d'] = 'inst'; c.__dict__['n'] = 'inst-n'
print(c.d, c.n, C.d, C.n)
c.d = 5; del c.d
class SetOnly:
    def __set__(self, obj, v): print('setonly', v)
class C2: s = SetOnly()
c2 = C2(); c2.s = 1; print(C2.s.__class__.__name__, c2.s.__class__.__name__)
c2.__dict__['s'] = 'x'; print(c2.s)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print('del x')
    ro = property(lambda self: 1)
    wo = property(None, lambda self, v: None)
p = P(); p.x = 3; print(p.x, P.x.__doc__); del p.x
try: p.ro = 1
except AttributeError as e: print(e)
try: del p.ro
except AttributeError as e: print(e)
try: p.wo
except AttributeError as e: print(e)
print(type(P.x).__name__, P.x.fget.__name__, P.x.fset is not None)
pr = property(lambda s: 1, doc='D'); print(pr.__doc__)
class SM:
    @staticmethod
    def s(a): return a
    @classmethod
    def c(cls, a): return cls.__name__, a
print(SM.s(1), SM().s(2), SM.c(3), SM().c(4))
print(type(SM.__dict__['s']).__name__, SM.__dict__['s'].__func__.__name__, SM.__dict__['c'].__func__.__name__)
print(callable(SM.__dict__['s']), SM.__dict__['s'](5))
