a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(id(a) == id(a), a is b, a is not c)
x = None
print(id(x) == id(None), x is None)
s = "interned"
print(id(s) == id(s))
objs = [object() for _ in range(3)]
ids = {id(o) for o in objs}
print(len(ids))
class K: pass
k = K()
print(id(k) == id(k), id(K()) is not None)
print(isinstance(id(1), int), id(1) >= 0)
