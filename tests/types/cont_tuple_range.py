# tuple, range and slice details
t = (1, "a", 2.5, None, (3,))
print(t, t[1:3], t[::-1], t[-1], t * 2, t + (9,), 2 * (0,), () * 5, (1,) * 0)
print(len(t), t.count(1), t.index(2.5), 1 in t, "zz" not in t, t[10:], t[::0 or 1])
for stmt in ["t[10]", "t['a']", "t.index(42)", "t + [1]", "t * 'a'", "t[0] = 1", "t < 1",
             "(1, 'a') < (1, 2)", "tuple(1, 2)", "hash(([],))"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
print(hash((1, 2)), hash((1, (2, 3))), hash(("x",)) == hash(("x",)), hash((1.5, -2)), hash((True, 0)))
print((1, 2) < (1, 2, 3), (2,) > (1, 99), (1, 2) == (1, 2), () < (0,), (1, [2]) == (1, [2]))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x for x in (5,)))
a = (1, 2)
print(a is tuple(a), a[:] is a, (a + ()) is a)
class T(tuple):
    pass
tt = T([1, 2])
print(tt, type(tt).__name__, type(tt[:]).__name__, tt == (1, 2), hash(tt) == hash((1, 2)))
nested = ([],)
nested[0].append(nested)
print(nested)
r = range(3, 30, 4)
print(r, list(r), len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], list(r[::-2]))
print(7 in r, 8 in r, 7.0 in r, r.index(11), r.count(11), r.count(12), r.start, r.stop, r.step)
print(range(5, 0, -1), list(range(5, 0, -1)), range(0), bool(range(0)), bool(range(1)))
print(range(0, 10, 3) == range(0, 11, 3), range(0) == range(4, 2), range(1, 2) == range(1, 5, 9))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 2)), hash(range(3)))
print(list(reversed(range(0, 10, 3))), list(reversed(range(5, 0, -2))), list(reversed(range(0))))
big = range(10 ** 20, 10 ** 20 + 5)
print(big, big[2], len(range(10 ** 18)), 10 ** 20 + 3 in big, big.index(10 ** 20 + 4), list(big)[:2])
huge = range(10 ** 30)
print(huge[-1], huge[10 ** 29], 10 ** 25 in huge, bool(huge))
for stmt in ["range(1, 2, 0)", "range()", "range(1.0)", "range(1, 2, 3, 4)", "range(4)[4]",
             "range(4)['a']", "range(4).index(9)", "len(range(10 ** 20))", "range(x=1)", "hash(slice(1))",
             "slice()", "slice(1, 2).indices(-1)", "[1][::0]", "[1]['a':]"]:
    try:
        print(stmt, "=", eval(stmt))
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
s = slice(1, None, -2)
print(s, s.start, s.stop, s.step, slice(3), slice("a", "b"), s.indices(10), slice(None).indices(3))
print(slice(-100, 100).indices(5), slice(None, None, -1).indices(0), slice(10 ** 20).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1) != slice(None, 1))
print("abcdef"[slice(1, 5, 2)], [0, 1, 2, 3][slice(-2, None)], (5, 6, 7)[slice(None, None, -1)])
class Idx:
    def __index__(self):
        return 2
print([1, 2, 3, 4][Idx()], (1, 2, 3)[Idx():], range(10)[Idx()], [0] * Idx(), range(Idx()))
print([x for x in range(-3, 3)], [x for x in range(10, -10, -7)])
