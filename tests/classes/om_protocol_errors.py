class E(Exception):
    def __init__(self, a, b): self.a = a; self.b = b
e = E(1, 2); print(e.args, str(e), repr(e))
class E2(Exception):
    def __init__(self, msg): super().__init__(msg, 'extra')
print(str(E2('m')), repr(E2('m')))
class E3(Exception):
    def __repr__(self): return 'E3!'
print(repr(E3()), [E3()])
class E4(Exception):
    def __new__(cls, *a): o = super().__new__(cls, *a); o.flag = 1; return o
print(E4('x').flag, E4('x').args)
try: raise E(1, 2)
except Exception as ex: print(type(ex).__name__, ex.a)
class CI:
    def __iter__(self): return iter([1, 2, 3])
print(2 in CI(), 5 in CI())
class BI:
    def __iter__(self): return 5
try: 1 in BI()
except TypeError as ex: print(ex)
try:
    for x in BI(): pass
except TypeError as ex: print(ex)
class NB:
    def __bool__(self): return 'yes'
try:
    if NB(): pass
except TypeError as ex: print(ex)
class BigLen:
    def __len__(self): return 2**70
try: len(BigLen())
except OverflowError as ex: print(ex)
try: bool(BigLen())
except OverflowError as ex: print(ex)
class Idx:
    def __index__(self): return 1
print([1, 2, 3][Idx():], 'abc'[Idx()], (1, 2)[Idx()], range(5)[Idx()])
class R:
    def __init__(self): self.me = self
    def __repr__(self): return 'R(%r)' % ([self] if False else 'x')
print(repr(R()))
class H:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, H) and self.k == o.k
    def __hash__(self): return hash(self.k)
print(len({H(1), H(1), H(2)}), {H(1): 'a'}[H(1)], H(1) in [H(1)])
class NoNext:
    def __iter__(self): return self
try: iter(NoNext())
except TypeError as ex: print(ex)
class Callable:
    pass
try: Callable()()
except TypeError as ex: print(ex)
try: Callable().nope()
except AttributeError as ex: print(ex)
class Abs:
    def __abs__(self): return -1
print(abs(Abs()))
class Fl:
    def __float__(self): return 1
try: float(Fl())
except TypeError as ex: print(ex)
class Cx:
    def __complex__(self): return 1
try: complex(Cx())
except TypeError as ex: print(ex)
class Rnd:
    pass
try: round(Rnd())
except TypeError as ex: print(ex)
