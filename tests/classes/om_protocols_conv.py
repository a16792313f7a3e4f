class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()), callable(Call), callable(1))
class Tr:
    def __bool__(self): return False
class TL:
    def __len__(self): return 0
class TB:
    def __bool__(self): return 1
print(bool(Tr()), bool(TL()), not TL(), bool(object()))
try: bool(TB())
except TypeError as e: print(e)
class NL:
    def __len__(self): return -1
try: len(NL())
except ValueError as e: print(e)
class FL:
    def __len__(self): return 1.5
try: len(FL())
except TypeError as e: print(e)
class Conv:
    def __index__(self): return 3
    def __int__(self): return 4
    def __float__(self): return 5.5
    def __complex__(self): return 1j
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
c = Conv()
print([1,2,3,4,5][c], hex(c), int(c), float(c), complex(c), round(c), round(c, 2), range(c))

print(c.__trunc__(), c.__floor__(), c.__ceil__(), bin(c), oct(c))
class OnlyIdx:
    def __index__(self): return 7
print(int(OnlyIdx()), float(OnlyIdx()) if False else '', 'ab' * OnlyIdx())
class BadInt:
    def __int__(self): return 'x'
try: int(BadInt())
except TypeError as e: print(e)
class BadIdx:
    def __index__(self): return 1.0
try: [1][BadIdx()]
except TypeError as e: print(e)
class Fmt:
    def __format__(self, spec): return 'F<%s>' % spec
    def __repr__(self): return 'R'
    def __str__(self): return 'S'
f = Fmt(); print(f'{f}', f'{f:>10}', format(f, 'x'), str(f), repr(f), f'{f!r}', f'{f!s}', '%s %r' % (f, f), [f])
try: format(object(), 'x')
except TypeError as e: print(e)
class BadRepr:
    def __repr__(self): return 1
try: repr(BadRepr())
except TypeError as e: print(e)
class BadStr:
    def __str__(self): return None
try: str(BadStr())
except TypeError as e: print(e)
