# sum() over ints: totals past 2**47 and 2**63, mixed with big ints, bools, floats, subclasses.
big = 2**47
print(sum([big - 1, 1, 1]), sum([big] * 5))
print(sum([2**62, 2**62, 2**62]), sum([-(2**62)] * 5))
print(sum(x * x for x in range(100000)))
print(sum(range(10**5), 2**63), sum([1, 2], -(2**70)))
print(sum([1, 2**100, 3]), sum([2**100, 1, -(2**100)]))
print(sum([1, True, False, True]), sum([True, True]), type(sum([True, True])).__name__)
print(sum([1, 2], True), sum([], True), sum([]), sum([], 5))
print(sum([1, 2, 0.5, 3]), sum([1, 2.5], 1), sum([1e300, 1e300, -1e300]))
print(sum([1, 2, 3j]), sum([1, -1], 0.0))

class I(int):
    def __add__(self, o):
        return "I.__add__"
    def __radd__(self, o):
        return "I.__radd__"
print(sum([1, 2, I(3)]), sum([I(3)]), sum([1], I(2)), sum([I(3)], 0))

def gen():
    yield 1
    yield 2**60
    yield 2**60
    raise ValueError("gen failed")
try:
    sum(gen())
except ValueError as e:
    print(e)
try:
    sum([1, 2, "x"])
except TypeError as e:
    print(e)
try:
    sum([2**62, 2**62, 2**62, None])
except TypeError as e:
    print(e)
print(sum([], start=[]), sum([[1], [2]], []), sum(iter([7, 8]), start=10))
print(sum(-x for x in range(20000)), sum(x for x in range(-5, 6)))
