class Sl:
    __slots__ = ('a', 'b')
s = Sl(); s.a = 1
print(s.a, hasattr(s, '__dict__'), Sl.a)
try: s.b
except AttributeError as e: print(e)
try: s.c = 1
except AttributeError as e: print(e)
try: del s.b
except AttributeError as e: print(e)
class Sl2(Sl): __slots__ = ('c',)
s2 = Sl2(); s2.a = 1; s2.c = 2; print(s2.a, s2.c)
class Sl3(Sl): pass
s3 = Sl3(); s3.z = 1; print(s3.__dict__)
try:
    class Bad: __slots__ = ('a',); a = 1
except ValueError as e: print(e)
class GA:
    def __getattr__(self, n): return 'ga:' + n
    x = 1
g = GA(); print(g.x, g.y)
class GAT:
    def __getattribute__(self, n):
        if n == 'boom': raise AttributeError(n)
        return 'gat:' + n
    def __getattr__(self, n): return 'fallback:' + n
print(GAT().foo, GAT().boom)
class SA:
    def __setattr__(self, n, v): print('set', n, v); super().__setattr__(n, v)
    def __delattr__(self, n): print('del', n); super().__delattr__(n)
sa = SA(); sa.q = 1; del sa.q; print(sa.__dict__)
class DD:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(DD()))
try: object().x = 1
except AttributeError as e: print(e)
try: getattr(1, 'foo')
except AttributeError as e: print(e)
print(getattr(1, 'foo', 'dflt'))
class W:
    @property
    def bad(self): raise AttributeError('inner')
    def __getattr__(self, n): return 'ga ' + n
print(W().bad)
