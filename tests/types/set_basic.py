s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s)
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.remove(3)
print(s)
print({1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2, 3} ^ {3, 4})
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {1}, {1} > {1})
print({1, 2}.isdisjoint({3}), {1, 2}.issubset([1, 2, 5]), {1, 2, 3}.issuperset((1,)))
print({1, 2}.union([5], (6,)), {1, 2, 3}.intersection([2, 3], {3}), {1, 2, 3}.difference({1}, {2}))
print(set(), set([1, 1, 2]), set(range(5)), set("aaa"))
t = {1, 2, 3}
print(t.pop() in {1, 2, 3}, len(t))
t.clear()
print(t)
u = {1, 2}
u.update([3], {4})
u |= {5}
u &= {1, 2, 3, 4, 5, 6}
u -= {1}
u ^= {2, 10}
print(u)
print({1, 2} == {2, 1}, {1} == frozenset({1}))
