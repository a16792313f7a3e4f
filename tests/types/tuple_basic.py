t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"))
print(t + (4,), t * 2, (0,) * 3, 2 in t, t.count(2), t.index(3))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2))
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
x = 1, 2
print(type(x).__name__, x)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__, e)
