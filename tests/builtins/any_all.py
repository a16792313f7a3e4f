print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any("abc"), all(""), any([None, False, ""]), all([[], 1]))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 1, 2, 3]), calls)
calls.clear()
print(all(check(v) for v in [1, 0, 2]), calls)
print(any({0: "a"}), all({1: 0}), any(iter([0, 0, 3])))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
