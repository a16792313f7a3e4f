class MyList(list):
    def __len__(self): return 42
    def __getitem__(self, i): return ('item', i)
    def append(self, x): super().append(x * 2)
l = MyList([1, 2, 3])
print(len(l), l[0], l, type(l).__name__)
l.append(5); print(list.__len__(l), l)
l.x = 1; print(l.x, l.__dict__)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d['a'], d['zz'], d.get('zz'), 'zz' in d, d)
class MyInt(int):
    def __add__(self, o): return 'add'
    def __repr__(self): return 'MyInt(%d)' % int(self)
i = MyInt(5); print(i + 1, 1 + i, i * 2, repr(i), str(i), i == 5, hash(i) == hash(5))
i.tag = 'x'; print(i.tag, vars(i))
class MyStr(str):
    def upper(self): return 'UP'
s = MyStr('abc'); print(s.upper(), s + 'd', type(s + 'd').__name__, len(s), s[1], repr(s))
s.attr = 3; print(s.attr, s.__dict__)
class MyFloat(float):
    def __str__(self): return 'F!'
f = MyFloat(1.5); print(f, repr(f), f + 1, f.is_integer()); f.a = 1; print(f.a)
class MyTuple(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
    def sum(self): return sum(self)
t = MyTuple(1, 2, 3); print(t, t.sum(), len(t), t[1:], type(t[1:]).__name__)
t.name = 'n'; print(t.name, vars(t))
class MyBytes(bytes): pass
b = MyBytes(b'xy'); b.q = 1; print(b, b.q, b.__dict__)
class MyError(Exception):
    def __init__(self, code): super().__init__('code %d' % code); self.code = code
try: raise MyError(7)
except MyError as e: print(type(e).__name__, e, e.code, e.args)
class BigI(int): pass
x = BigI(10**30); x.a = 1; print(x, x.a, x + 1, type(x + 1).__name__)
class MySet(set): pass
ms = MySet([1]); ms.z = 2; print(ms, ms.z)
print(isinstance(t, tuple), issubclass(MyStr, str))
class Empty(tuple): __slots__ = ()
try: Empty().x = 1
except AttributeError as e: print(e)
try:
    class Bad(int): __slots__ = ('a',)
except TypeError as e: print(e)
try:
    class Bad2(bool): pass
except TypeError as e: print(e)
