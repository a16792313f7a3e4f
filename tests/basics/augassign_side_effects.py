log = []
class Box:
    def __init__(self):
        self.d = {"k": 1}
    def __getitem__(self, k):
        log.append(("get", k))
        return self.d[k]
    def __setitem__(self, k, v):
        log.append(("set", k, v))
        self.d[k] = v
def key():
    log.append("key")
    return "k"
def obj(o):
    log.append("obj")
    return o
b = Box()
obj(b)[key()] += 5
print(log, b.d); log.clear()
class A:
    def __init__(self): self.__dict__["x"] = 1
    def __getattr__(self, n):
        raise AttributeError(n)
    def __setattr__(self, n, v):
        log.append(("setattr", n, v))
        self.__dict__[n] = v
a = A()
obj(a).x *= 3
print(log, a.x); log.clear()
lst = [1, 2, 3]
i = 0
def idx():
    global i
    i += 1
    return i - 1
lst[idx()] += 10
lst[idx()] -= 1
print(lst, i)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t)
s = "ab"; s += "c"; s *= 2
print(s)
n = 7; n //= 2; n **= 3; n %= 5; n <<= 4; n >>= 1; n |= 1; n &= 0xff; n ^= 3
print(n)
