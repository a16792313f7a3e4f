class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        n = Acc()
        n.items = self.items + [x]
        return n
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
c = a + 3
print(c is a, c.items, a.items)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x is y, x.v, y.v)
class Shift:
    def __lshift__(self, o):
        return "lshift " + str(o)
    def __rshift__(self, o):
        return "rshift " + str(o)
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __invert__(self):
        return "invert"
s = Shift()
print(s << 1, s >> 2, s & 0, s | 0, s ^ 0, ~s)
