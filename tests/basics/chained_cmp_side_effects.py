log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3))
print(log); log.clear()
print(v(1) < v(0) < v(3))
print(log); log.clear()
print(v(1) == v(1) != v(2) is not v(None))
print(log); log.clear()
print(v(3) > v(2) > v(1) > v(0) > v(-1))
print(log); log.clear()
print(v(1) in v([1, 2]) in v([[1, 2]]))
print(log); log.clear()
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0)
print((1 < 2) < 3, 1 < (2 < 3))
class N:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        log.append(("lt", self.n, o.n))
        return self.n < o.n
a, b, c = N(1), N(2), N(0)
print(a < b < c)
print(log)
