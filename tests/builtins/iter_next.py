it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, None), next(it, "x"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
d = iter({"a": 1, "b": 2})
print(list(d))
s = iter("hi")
print(type(s).__name__, list(s))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
r = iter(range(3))
print(list(r), list(r))
