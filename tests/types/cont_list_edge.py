# list edge cases: slicing, errors, sort, in-place ops, comparisons
l = list(range(10))
print(l[::2], l[::-3], l[8:2:-2], l[-3:], l[:-7], l[100:], l[-100:2], l[5:1])
l[2:5] = ["a", "b"]
print(l)
l[1:1] = [9, 9, 9]
print(l)
l[::3] = "WXYZ"
print(l)
del l[::2]
print(l)
del l[-2:]
print(l)
l[len(l):] = range(3)
print(l)
l[:] = l
print(l)
m = [1, 2, 3, 4, 5]
m[3:1] = ["x"]
print(m)
m[::-1] = m
print(m)
del m[4:1:-1]
print(m)
for stmt in ["m[0:5:2] = [1]", "m[::2] = 5", "m[0:1] = 5", "m[10] = 1", "del m[10]", "m['a']",
             "m[1.5]", "m[10**30]", "[].pop()", "[1].pop(3)", "m.remove('zz')", "m.index(42)",
             "m.index(1, 5)", "m + (1,)", "m * 'x'", "m * 1.5", "m < 3", "[1, 'a'].sort()",
             "sorted([3, None])", "m.sort(1)", "m.sort(foo=1)", "m.insert(1.5, 0)", "m[1:2:0]",
             "m['a':]", "list(5)", "list(1, 2)", "[].count()"]:
    try:
        exec(stmt)
        print(stmt, "ok", m)
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
n = [3, 1, 2]
n += (5, 4)
n += "ab"
n += {9: 0}
print(n)
n *= 2
print(n, n * 0, 0 * n, [0] * -1, [[]] * 2)
z = [1, 2]
z *= 0
print(z)
print([1, 2] < [1, 2, 0], [1, 3] > [1, 2, 99], [] < [[]], [1, 2] == [1, 2.0], [1] != [1])
x = float("nan")
print([x] == [x], x in [x], [[1, [2]]] == [[1, [2]]])
w = ["b", "A", "c", "a", "B"]
w.sort(key=str.lower)
print(w)
w.sort(key=str.lower, reverse=True)
print(w)
w.sort(reverse=True)
print(w)
data = [(i % 5, i) for i in range(40)]
data.sort(key=lambda t: t[0])
print(data)
print(sorted(range(50), key=lambda x: (x * 7919) % 53))
print(sorted([5, 2, 8, 1, 9, 3] * 20, reverse=True)[:12])
print(sorted([0.5, -1, 3, 2.5, -7.25, 10 ** 20, -10 ** 20]))
bad = [3, 1, 2]
def mutate(x):
    bad.append(x)
    return x
try:
    bad.sort(key=mutate)
except ValueError as e:
    print("ValueError", e, bad)
def boom(x):
    if x == 2:
        raise KeyError("key failed")
    return x
keyed = [3, 2, 1]
try:
    keyed.sort(key=boom)
except KeyError as e:
    print("KeyError", e, keyed)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "C%d" % self.v
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(9)], key=lambda c: c.v))
r = [1, 2, 3]
r.reverse()
print(r, r.copy(), r.count(2), r.index(1), [1, 2, 1, 2].index(2, 2), [1, 2, 3].index(3, -1))
r.insert(-1, "m")
r.insert(100, "end")
r.insert(-100, "start")
print(r, r.pop(), r.pop(0), r.pop(-2), r)
r.clear()
print(r, len(r))
rec = [1]
rec.append(rec)
rec.append([rec])
print(rec, repr(rec))
class MyList(list):
    pass
ml = MyList([3, 1, 2])
ml.sort()
print(ml, type(ml).__name__, type(ml + [1]).__name__, type(ml[:1]).__name__, ml == [1, 2, 3])
class RMul:
    def __rmul__(self, other):
        return "rmul %r" % (other,)
    def __radd__(self, other):
        return "radd %r" % (other,)
print([1] * RMul(), [1] + RMul(), (1,) + RMul())
big = list(range(100000))
big.reverse()
big.sort()
print(big[:3], big[-3:], len(big))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
rv = reversed([1, 2, 3])
print(list(rv), list(reversed([])))
li = [1, 2]
itr = iter(li)
li.append(3)
print(list(itr))
print(list("abc"), list((1, 2)), list({1: 2}), list(range(3)), list(x for x in "hi"))
