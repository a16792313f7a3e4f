class P:
    @property
    def ro(self): return 1
    x = property(lambda s: 1)
p = P()
for stmt in ['p.ro = 2', 'del p.ro', 'p.x = 2']:
    try: exec(stmt)
    except AttributeError as e: print(e)
class Q:
    wo = property(None, lambda s, v: None)
try: Q().wo
except AttributeError as e: print(e)
anon = property(lambda s: 1)
class R: pass
R.a = anon
try: R().a = 5
except AttributeError as e: print(e)
class SN:
    def __set_name__(self, owner, name): raise ValueError('bad name')
try:
    class Owner:
        attr = SN()
except Exception as e: print(type(e).__name__, e, e.__cause__)
class IS:
    def __init_subclass__(cls, **kw): raise KeyError('nope')
try:
    class ISub(IS): pass
except KeyError as e: print('KeyError', e)
class Meta(type):
    def __getattr__(cls, name): return 'meta:' + name
    def __len__(cls): return 7
    def __iter__(cls): return iter([1, 2])
    def __getitem__(cls, k): return ('meta-item', k)
    def __repr__(cls): return '<M %s>' % cls.__name__
    def __call__(cls, *a): return 'called'
class WithMeta(metaclass=Meta): pass
print(WithMeta.anything, len(WithMeta), list(WithMeta), WithMeta[3], repr(WithMeta), WithMeta())
print(type(WithMeta), [WithMeta])
class CGI:
    def __class_getitem__(cls, item): return 'cgi', cls.__name__, item
    def __getitem__(self, k): return 'inst', k
print(CGI[int], CGI()[1])
class Sub(CGI): pass
print(Sub[str])
class Cnt:
    n = 0
    def __new__(cls, *a, **k):
        cls.n += 1
        return super().__new__(cls)
    def __init__(self, v): self.v = v
print(Cnt(1).v, Cnt(2).v, Cnt.n)
class NewOnly:
    def __new__(cls, x): return x * 2
print(NewOnly(4))
class NotInst:
    def __new__(cls): return 5
    def __init__(self): print('never')
print(NotInst())
try: object.__new__(int)
except TypeError as e: print(e)
try: object.__new__(1)
except TypeError as e: print(e)
try: int.__new__(str)
except TypeError as e: print(e)
class A1:
    def __init__(self): pass
try: A1(1)
except TypeError as e: print(e)
class A2: pass
try: A2(1)
except TypeError as e: print(e)
try: object(1)
except TypeError as e: print(e)
class A3:
    def __init__(self): return 1
try: A3()
except TypeError as e: print(e)
print(type(type), type(object), type.__mro__, issubclass(type, object), isinstance(type, type))
print(type(int.__dict__['bit_length']).__name__)
print(dir(int) == sorted(dir(int)), 'bit_length' in dir(5), '__add__' in dir(int))
