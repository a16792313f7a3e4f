def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)))
g = count(2)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("stop")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def with_return():
    yield 1
    return "done"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
def gen_in_loop():
    for i in range(3):
        yield i * 10
for v in gen_in_loop():
    print(v)
