class Target: pass
class Proxy:
    @property
    def __class__(self): return Target
p = Proxy()
print(isinstance(p, Target), isinstance(p, Proxy), type(p).__name__, p.__class__.__name__)
class WithDictProp:
    @property
    def __dict__(self): return {'fake': 1}
print(vars(WithDictProp()))
class MetaDir(type):
    def __dir__(cls): return ['x', 'a']
class MD(metaclass=MetaDir): pass
print(dir(MD))
class GA(type):
    def __getattribute__(cls, n):
        if n == 'magic': return 42
        return super().__getattribute__(n)
class UsesGA(metaclass=GA): pass
print(UsesGA.magic, UsesGA.__name__)
class SA(type):
    def __setattr__(cls, n, v): print('meta setattr', n); super().__setattr__(n, v)
class UsesSA(metaclass=SA): pass
UsesSA.x = 1; print(UsesSA.x)
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, 'v', o)
    def __lt__(self, o): return self.v < getattr(o, 'v', o)
    __hash__ = None
print(sorted([Num(3), Num(1), Num(2)], key=lambda n: n.v)[0].v, max(Num(1), Num(5)).v, Num(1) == 1, 1 == Num(1))
print(Num(1) > Num(0), Num(2) <= Num(2) if hasattr(Num, '__le__') and Num.__le__ is not object.__le__ else 'no le')
try: Num(1) <= Num(2)
except TypeError as e: print(e)
class RevOnly:
    def __gt__(self, o): return 'RevOnly.gt'
print(1 < RevOnly(), RevOnly() > 1)
class Both:
    def __eq__(self, o): return 'Both.eq'
class SubBoth(Both):
    def __eq__(self, o): return 'SubBoth.eq'
print(Both() == SubBoth(), SubBoth() == Both(), 1 == Both(), Both() != Both())
