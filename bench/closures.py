# Closures, nonlocal, decorators (with and without arguments), functools-free memoization.
def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc

def make_adders(m):
    return [lambda x, i=i: x + i for i in range(m)]

def compose(f, g):
    def h(x):
        return f(g(x))
    return h

def trace(fn):
    calls = [0]
    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper

def times(k):
    def deco(fn):
        def wrapper(x):
            r = 0
            for _ in range(k):
                r += fn(x)
            return r
        return wrapper
    return deco

def memo(fn):
    cache = {}
    def wrapper(n):
        if n in cache:
            return cache[n]
        r = fn(n)
        cache[n] = r
        return r
    return wrapper

@trace
def add(a, b=1):
    return a + b

@times(3)
def sq(x):
    return x * x

@memo
def partitions(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    total = 0
    k = 1
    while True:
        g1 = k * (3 * k - 1) // 2
        if g1 > n:
            break
        g2 = k * (3 * k + 1) // 2
        sign = 1 if k % 2 else -1
        total += sign * (partitions(n - g1) + partitions(n - g2))
        k += 1
    return total

def main():
    c = counter()
    for i in range(900000):
        c(i & 3)
    adders = make_adders(50)
    s = 0
    for i in range(18000):
        for a in adders:
            s += a(i)
    f = compose(lambda x: x * 2, lambda x: x + 3)
    for i in range(450000):
        s += f(i)
    for i in range(450000):
        s += add(i, b=2) + add(i)
    for i in range(270000):
        s += sq(i & 255)
    for n in range(2501):
        p = partitions(n)
    print(c(0), s, add.calls[0], p % 1000000007)

main()
