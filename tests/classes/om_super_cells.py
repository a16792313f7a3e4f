class M(type):
    def __new__(mcls, name, bases, ns):
        ns2 = {k: v for k, v in ns.items() if k != '__classcell__'}
        return super().__new__(mcls, name, bases, ns2)
try:
    class X(metaclass=M):
        def f(self): return __class__
    print(X().f())
except (RuntimeError, NameError) as e: print(type(e).__name__, e)
class Y:
    def f(self): return __class__
print(Y().f().__name__)
class Z:
    def g(self):
        def inner(): return __class__
        return inner()
print(Z().g().__name__)
class W:
    def h(self): super = 1; return super
print(W().h())
class V:
    def m(self): return super()
try: print(type(V().m()).__name__)
except Exception as e: print(e)
def free():
    class Q:
        def m(self): return super().__repr__ is not None
    return Q().m()
print(free())
class Base:
    def __init__(self, *a, **k): print('Base.init', a, k)
class Mid(Base):
    def __init__(self, *a, **k): print('Mid.init'); super().__init__(*a, **k)
class Leaf(Mid):
    def __init__(self): super(Mid, self).__init__(1, k=2)
Leaf()
class CoopA:
    def go(self): return ['A'] + getattr(super(), 'go', lambda: [])()
class CoopB:
    def go(self): return ['B'] + getattr(super(), 'go', lambda: [])()
class CoopC(CoopA, CoopB):
    def go(self): return ['C'] + super().go()
print(CoopC().go())
class S:
    def __init__(self): self.x = 1
    def __getattr__(self, n): return super().__getattribute__(n) if False else 'fallback ' + n
print(S().x, S().y)
class PS:
    @property
    def val(self): return 'base val'
class PC(PS):
    @property
    def val(self): return 'child + ' + super().val
    @val.setter
    def val(self, v): print('child setter', v)
pc = PC(); print(pc.val); pc.val = 3
try: super(PC, pc).val = 5
except AttributeError as e: print(e)
