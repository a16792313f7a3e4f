# Set iteration order must follow CPython's hash table layout exactly.
print({3, 1, 2}, {10, 100, 1000}, {5, 13, 21, 29}, {-1, -2, -3, 0})
print({8, 16, 24, 32, 40}, {7, 15, 23, 31, 39, 47, 55, 63})
print(set(range(20, 0, -1)))
print(set([1000000, 2000000, 3000000, 4000000, 5000000, 6000000]))
print({2 ** 40, 2 ** 50, 2 ** 60, 2 ** 70, 3, 7})
print({-5, 5, -50, 50, 500, -500})
s = set()
for i in range(0, 200, 7):
    s.add(i * 37 % 101)
print(s)
for i in range(0, 200, 3):
    s.discard(i)
print(s)
s.add(3)
s.add(99)
s.add(1001)
print(s)
t = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
t.remove(1)
t.remove(9)
t.add(17)
t.add(25)
print(t)
big = set(range(100))
for i in range(0, 100, 2):
    big.remove(i)
print(big)
big.update(range(200, 260, 3))
print(big)
print(len(big), sorted(big)[:5])
a = {1, 9, 17, 25, 33}
b = {9, 33, 41, 49, 2}
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union([100, 1, 57]), a.intersection([33, 1, 5]), a.difference([9]))
print(a.symmetric_difference([1, 2, 3]), a.symmetric_difference({1, 2, 3}))
u = {1, 2, 3}
u |= {65, 129, 257}
print(u)
u &= {2, 3, 65, 129, 1000}
print(u)
u ^= {3, 8, 16}
print(u)
u -= {8}
print(u)
print({(1, 2), (3, 4), (5, 6), (1, 3)})
print({frozenset({1}), frozenset({1, 2}), frozenset(), frozenset({3, 4, 5})})
print({1.5, 2.25, 0.5, 3.0, 1})
print({True, 2, 0, False, 1.0})
print(frozenset(range(12, 0, -2)), frozenset([100, 36, 4]))
print({x * x for x in range(-6, 7)})
p = set(range(10))
print([p.pop() for _ in range(4)], p)
p.add(0)
p.add(100)
print(p.pop(), p)
d = {7: 1, 15: 2, 3: 3, 11: 4}
print(set(d), set(d.keys()), set(d.items()))
q = {16, 32, 48}
q.update(d)
print(q)
print(set("x") | {1, 2} == {1, 2, "x"})
w = set()
for i in range(60):
    w.add(i * 1009)
    if i % 3 == 0:
        w.discard(i * 1009 - 3 * 1009)
print(w)
print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset({(1, 2), 3})))
print(hash((1, 2)), hash(()), hash((1,)), hash(((), (1, 2.5))), hash((-1, -2)))
