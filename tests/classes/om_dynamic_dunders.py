class A:
    def __init__(self, v): self.v = v
a = A(3)
try: a + 1
except TypeError as e: print(e)
A.__add__ = lambda self, o: ('add', self.v, o)
print(a + 1)
A.__radd__ = A.__add__
print(1 + a)
del A.__add__
try: a + 1
except TypeError as e: print(e)
A.__len__ = lambda self: self.v
print(len(a), bool(a))
A.__bool__ = lambda self: False
print(bool(a))
del A.__bool__
print(bool(A(0)))
A.__getattr__ = lambda self, n: 'dyn ' + n
print(a.zzz)
del A.__getattr__
try: a.zzz
except AttributeError as e: print(e)
A.__call__ = lambda self, *x: ('called', x)
print(a(1, 2), callable(a))
a.__call__ = lambda: 'instance'
print(a())
a.__len__ = lambda: 99
print(len(a))
A.__iter__ = lambda self: iter(range(self.v))
print(list(a))
A.__eq__ = lambda self, o: True
print(a == 5, A.__hash__ is not None, hash(a) is not None)
class B(A): pass
b = B(2)
A.__repr__ = lambda self: 'A-repr'
print(repr(b), str(b), f'{b}')
A.__str__ = lambda self: 'A-str'
print(str(b), f'{b}', format(b))
B.__repr__ = lambda self: 'B-repr'
print(repr(b), repr(a))
A.__getitem__ = lambda self, k: k * 2
print(b[4], b[1:2])
A.__contains__ = lambda self, x: x == 'in'
print('in' in b, 'out' in b)
A.__setattr__ = lambda self, n, v: print('setattr', n, v)
b.q = 1
del A.__setattr__
b.q = 2; print(b.q)
A.__lt__ = lambda self, o: 'lt!'
print(b < 1, 1 > b)
A.__neg__ = lambda self: 'neg!'
print(-b)
A.__index__ = lambda self: 1
print([10, 20][b], hex(b))
A.__hash__ = lambda self: 5
print(hash(b))
