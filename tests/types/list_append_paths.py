# lst.append(x) is done by the eval loop itself for exact lists; every other shape goes through
# the method: subclasses (with and without an overriding append), unbound calls, bad arguments.
a = []
for i in range(5):
    a.append(i)
a.append(a)
print(a[:5], a[5] is a)

class L(list):
    pass

class M(list):
    def append(self, x):
        super().append(x * 2)

l, m = L(), M()
for i in range(3):
    l.append(i)
    m.append(i)
print(l, type(l).__name__, m)
app = a.append
app("bound")
list.append(a, "unbound")
print(a[-2:])
for f in (lambda: a.append(), lambda: a.append(1, 2), lambda: list.append(), lambda: list.append((), 1),
          lambda: a.append(x=1)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

def deep(n):
    out = []
    out.append(n)
    return out if n == 0 else deep(n - 1)

print(deep(50))
