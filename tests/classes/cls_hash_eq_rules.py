class E:
    def __eq__(self, o): return True
print(E.__hash__)
try:
    hash(E())
except TypeError as e:
    print(e)
class H(E):
    __hash__ = object.__hash__
print(type(hash(H())).__name__)
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __hash__(self): return hash(self.v)
d = {K(1): "a"}
print(d[K(1)], K(1) in {K(1)}, len({K(1), K(1), K(2)}))
class Sub(K):
    pass
print(hash(Sub(5)) == hash(5))
class Sub2(K):
    def __eq__(self, o): return False
try:
    hash(Sub2(1))
except TypeError as e:
    print(e)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(e)
