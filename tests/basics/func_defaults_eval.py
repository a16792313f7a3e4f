log = []
def d(v):
    log.append(v)
    return v
def f(a=d(1), b=d(2), *, c=d(3)):
    return a, b, c
print(log)
def g(x=[]):
    x.append(len(x))
    return x
print(g(), g(), g([9]), g())
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (10, 20)
print(f())
def h(a, b=5):
    return a + b
h.__defaults__ = None
try:
    h(1)
except TypeError as e:
    print(e)
n = 1
def k(v=n):
    return v
n = 2
print(k())
class C:
    def m(self, lst=[]):
        lst.append(1)
        return len(lst)
print(C().m(), C().m())
lam = lambda a, b=d("lam"): (a, b)
print(lam(0), log)
