class D:
    def __get__(self, obj, cls): return ('get', obj is None, cls.__name__)
class C:
    d = D()
print(C.d, C().d)
class CP:
    @classmethod
    @property
    def cp(cls): return 'classprop ' + cls.__name__
print(CP.cp, CP().cp)
sm = staticmethod(lambda x: x * 2)
print(sm(4), callable(sm), sm.__func__(1), sm.__wrapped__(2))
cm = classmethod(len)
print(cm.__func__ is len, cm.__wrapped__ is len)
def f(): "fdoc"
p = property(f)
print(p.__doc__, p.fget is f, p.getter(f) is not p, p.__isabstractmethod__)
class MyProp(property):
    def __get__(self, obj, cls=None):
        return 'MyProp:' + str(super().__get__(obj, cls))
class UP:
    @MyProp
    def x(self): return 5
print(UP().x, type(UP.__dict__['x']).__name__)
class P2:
    def g(self): return 1
    x = property(g, doc='explicit')
print(P2.x.__doc__)
p3 = property()
class P3: y = p3
try: P3().y
except AttributeError as e: print(e)
try: P3().y = 1
except AttributeError as e: print(e)
try: del P3().y
except AttributeError as e: print(e)
print(repr(staticmethod(f))[:26], repr(classmethod(f))[:25])
class Order:
    def __set_name__(self, owner, name): print('set_name', name)
class Host:
    b = Order()
    a = Order()
    c = Order()
class BM:
    def m(self): return 1
print(BM.m.__get__(BM())(), BM.__dict__['m'].__get__(None, BM) is BM.__dict__['m'])
try: staticmethod(1)()
except TypeError as e: print(e)
class DataOnlyDelete:
    def __get__(self, o, t): return 'got'
    def __delete__(self, o): print('deleting')
class H:
    x = DataOnlyDelete()
h = H(); h.__dict__['x'] = 'inst'; print(h.x); del h.x
try: h.x = 5
except AttributeError as e: print(e)
print(h.__dict__)
