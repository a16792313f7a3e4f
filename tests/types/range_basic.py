print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1))
print(list(range(5)), list(range(2, 8, 3)), list(range(5, 0, -2)), list(range(0)), list(range(3, 1)))
r = range(0, 20, 3)
print(len(r), r[0], r[-1], r[2], r[1:3], r[::-1], 9 in r, 10 in r)
print(r.index(9), r.count(9), r.start, r.stop, r.step)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 4) == range(1, 11, 4))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
print(list(range(-5, 5, 4)), list(reversed(range(4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(5)[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(5).index(7)
except ValueError as e:
    print(type(e).__name__, e)
