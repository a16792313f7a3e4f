class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
class IaddNI:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return IaddNI(self.v + o * 100)
class IaddNone:
    def __iadd__(self, o): pass
class RAdd:
    def __radd__(self, o): return "radd " + repr(o)
a = OnlyAdd(1); b = a
a += 2
print(a.v, b.v, a is b)
c = IaddNI(1)
c += 2
print(c.v)
d = IaddNone()
d += 1
print(d)
x = 5
x += RAdd()
print(x)
l = [1]; l2 = l
l += (2, 3)
print(l, l is l2)
try:
    l = l + (4,)
except TypeError as e:
    print(e)
s = {1}; s2 = s
s |= {2}
s -= {1}
print(s, s is s2)
t = (1,); t2 = t
t += (2,)
print(t, t2, t is t2)
dct = {"a": 1}; dd = dct
dct |= {"b": 2}
print(dct, dd is dct)
try:
    x = None
    x += 1
except TypeError as e:
    print(e)
try:
    y = "s"
    y -= "t"
except TypeError as e:
    print(e)
try:
    z = [1]
    z *= 2.0
except TypeError as e:
    print(e)
