print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([0.1] * 3))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum([1, 2], start=100), sum(x * x for x in range(4)))
print(sum([True, True, False]), sum([1, 2.5]), sum([2 ** 64, 2 ** 64]))
print(sum([1j, 2, 0.5]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
