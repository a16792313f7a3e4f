f = frozenset([3, 1, 2, 1])
print(f, len(f), 1 in f)
print(frozenset(), frozenset("a"))
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__)
print(f & {1, 5}, f - {1}, f ^ frozenset([3, 4]))
d = {f: "frozen key"}
print(d[frozenset([1, 2, 3])])
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
s = {frozenset([1]), frozenset([1])}
print(len(s))
print(f.union([7]), f.issubset(range(5)), f.copy() == f)
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset({1, 2}) == {1, 2}, {frozenset(): 1})
