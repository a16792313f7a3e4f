class L(list):
    def __iter__(self): return iter(['it'])
    def __len__(self): return 99
    def __contains__(self, x): return x == 'magic'
    def __eq__(self, o): return 'L.eq'
    __hash__ = None
l = L([1, 2])
print(list(l), tuple(l), len(l), 'magic' in l, 1 in l, l == [1, 2], [*l], sorted(l), set(l))
print(l[0], l[:], type(l[:]).__name__, l + [3], type(l + [3]).__name__, l * 2, repr(l), str(l))
a, = l
print(a, list.__iter__(l).__next__(), ' '.join(l))
class D(dict):
    def __getitem__(self, k): return 'D:' + str(k)
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
    def keys(self): return ['x', 'y']
d = D(a=1); d['b'] = 2
print(d['zz'], d.get('b'), dict(d), {**d}, d, list(d), d.keys())
def f(**kw): return kw
print(f(**d))
class Dm(dict):
    def __missing__(self, k): self[k] = v = len(k); return v
dm = Dm(); print(dm['abc'], dm, dm.get('q'), 'q' in dm)
try:
    class Dm2(dict): pass
    Dm2()['x']
except KeyError as e: print('KeyError', e)
class S(str):
    def __str__(self): return 'S.__str__'
    def __len__(self): return 100
    def __getitem__(self, i): return 'S.item'
    def __hash__(self): return 1
s = S('hello')
print(str(s), len(s), s[0], '%s' % s, f'{s}', s.upper(), s + '!', print is not None)
print(format(s), repr(s), s == 'hello', {s: 1}.get('hello'), 'ell' in s, s.startswith('he'))
class I(int):
    def __eq__(self, o): return 'I.eq'
    def __lt__(self, o): return 'I.lt'
    def __bool__(self): return False
    def __index__(self): return 1
    __hash__ = int.__hash__
i = I(5)
print(i == 5, 5 == i, i < 3, 3 > i, bool(i), [0, 10, 20, 30, 40, 50][i], int(i), float(i), i + 1, -i, abs(I(-3)), i.bit_length())
print(hex(i), range(i), type(int(i)).__name__, type(+i).__name__, '%d' % i, f'{i:03}')
class F(float):
    def __add__(self, o): return 'F.add'
    def __round__(self, n=None): return 'F.round'
f = F(2.5); print(f + 1, 1 + f, round(f), f * 2, type(f * 2).__name__, f.hex(), int(f), str(f), repr(f))
class T(tuple):
    def __getitem__(self, i): return 'T.item'
    def __len__(self): return 0
t = T((1, 2, 3)); print(t[0], len(t), list(t), t, t == (1, 2, 3), hash(t) == hash((1, 2, 3)), t.count(1))
x, y, z = t; print(x, y, z)
class B(bytes):
    def decode(self, *a): return 'B.decode'
b = B(b'abc'); print(b.decode(), b[0], b + b'd', type(b + b'd').__name__, b == b'abc', bytes(b))
class St(set):
    def add(self, x): super().add(x * 10)
st = St([1]); st.add(2); print(sorted(st), st | {5}, type(st | {5}).__name__, St.__name__)
class E(Exception):
    def __str__(self): return 'E.__str__'
try: raise E('a', 'b')
except E as e: print(e, e.args, repr(e))
class E2(ValueError):
    def __init__(self, *a, extra=None): super().__init__(*a); self.extra = extra
e2 = E2('m', extra=3); print(e2, e2.args, e2.extra, isinstance(e2, ValueError), repr(e2))
class KE(KeyError): pass
print(str(KE('k')), repr(KE('k')))
class OE(OSError): pass
o = OE(2, 'No such'); print(o.errno, o.strerror, str(o), type(o).__name__)
