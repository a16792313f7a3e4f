# min/max/sum/sorted edge cases and their error messages
print(max(3, 1, 2), min(3, 1, 2), max([5, 9, 2]), min("hello"))
print(max([], default=None), min([], default="empty"))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len))
print(max([1, 3, 3.0], key=lambda x: x), max(2, 2.0))
for bad in ["max()", "max([])", "min(1, 2, default=0)", "max([1], foo=1)", "max(1)"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2.5]), sum([[1], [2]], []), sum((), 10), sum(range(5), start=100))
print(sum([0.1] * 10), sum([True, True, 2]))
for bad in ["sum(['a'], '')", "sum([b'a'], b'')", "sum(1)", "sum()", "sum([1], 2, 3)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True), sorted({3: 1, 1: 2}))
for bad in ["sorted()", "sorted([], x=1)", "sorted([1, 'a'])", "sorted(1, 2)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
print(any([]), all([]), any([0, "", 3]), all([1, [], 2]), any(x > 2 for x in range(5)))
