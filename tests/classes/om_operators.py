class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'V(%r)' % (self.v,)
names = ['add','sub','mul','matmul','truediv','floordiv','mod','divmod','pow','lshift','rshift','and','xor','or']
def mk(n):
    def f(self, o): return '%s(%r,%r)' % (n, self.v, getattr(o, 'v', o))
    return f
for n in names:
    setattr(V, '__%s__' % n, mk(n)); setattr(V, '__r%s__' % n, mk('r' + n))
a = V(1)
print(a + 2, 2 + a, a - 2, 2 - a, a * 2, 2 * a, a @ 2, 2 @ a, a / 2, 2 / a, a // 2, 2 // a)
print(a % 2, 2 % a, divmod(a, 2), divmod(2, a), a ** 2, 2 ** a, pow(a, 2), a << 1, 1 << a)
print(a >> 1, 1 >> a, a & 1, 1 & a, a ^ 1, 1 ^ a, a | 1, 1 | a)
class I(V):
    def __iadd__(self, o): self.v += o; return self
    def __imul__(self, o): return NotImplemented
x = I(1); x += 5; print(x); x *= 2; print(x)
try: x -= 1
except TypeError as e: print(e)
class U:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
u = U(); print(-u, +u, ~u, abs(u))
class N: pass
for expr in ['N() + 1', '1 - N()', 'N() * N()', 'N() @ 1', '-N()', '~N()', 'abs(N())', 'N() ** 2', 'pow(N(), 2, 3)', 'divmod(N(), 1)', 'N() < 1', 'N() >= N()', '1 < N()', 'N() < "s"']:
    try: eval(expr)
    except TypeError as e: print(expr, '->', e)
def inpl():
    n = N()
    try: n += 1
    except TypeError as e: print(e)
    try: n **= 2
    except TypeError as e: print(e)
    try: n @= 2
    except TypeError as e: print(e)
    l = [1]
    try: l -= 1
    except TypeError as e: print(e)
inpl()
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try: NI() + NI()
except TypeError as e: print(e)
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Sub(Base):
    def __radd__(self, o): return 'Sub.radd'
print(Base() + Sub(), Sub() + Base())
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print('lt', self.v, o.v); return NotImplemented
    def __gt__(self, o): print('gt', self.v, o.v); return NotImplemented
    def __eq__(self, o): print('eq', self.v, getattr(o, 'v', o)); return NotImplemented
try: Cmp(1) < Cmp(2)
except TypeError as e: print(e)
print(Cmp(1) == Cmp(2), Cmp(1) != Cmp(1))
c = Cmp(3); print(c == c, c != c)
class CS(Cmp):
    def __gt__(self, o): return 'CS.gt'
print(Cmp(1) < CS(2))
class T:
    def __eq__(self, o): return True
print(T.__hash__, T() == 1, 1 == T(), T() != 1)
try: hash(T())
except TypeError as e: print(e)
class TH(T):
    __hash__ = object.__hash__
print(hash(TH()) is not None)
class H:
    def __hash__(self): return 123
print(hash(H()))
class HB:
    def __hash__(self): return 'x'
try: hash(HB())
except TypeError as e: print(e)
class Big:
    def __hash__(self): return 2**70
print(hash(Big()) == hash(2**70))
class H62:
    def __hash__(self): return 2**62
class H64:
    def __hash__(self): return 2**64 + 5
class HTrue:
    def __hash__(self): return True
class HNeg:
    def __hash__(self): return -1
print(hash(H62()), hash(H64()), hash(HTrue()), hash(HNeg()))
