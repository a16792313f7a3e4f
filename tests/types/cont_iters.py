# iterator builtins: enumerate, zip, map, filter, reversed, iter(callable, sentinel), __getitem__
print(list(enumerate("abc")), list(enumerate("ab", 5)), list(enumerate([], start=2)))
print(list(enumerate("ab", start=-1)), list(enumerate(["x"], 10 ** 20)))
e = enumerate([1, 2])
print(iter(e) is e, next(e), next(e))
for stmt in ["enumerate()", "enumerate(5)", "enumerate([], 1.5)", "enumerate([], x=1)",
             "zip(1)", "zip(x=1)", "map(len)", "map(len, 5)", "filter(len)", "filter(None, 1)",
             "reversed(5)", "reversed()", "reversed({1})", "reversed([], 1)", "iter(5)",
             "next(iter([]))", "iter(len, 1, 2)"]:
    try:
        eval(stmt)
        print(stmt, "ok")
    except Exception as ex:
        print(stmt, "->", type(ex).__name__, ex)
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], (True, False, None))))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip([], [], strict=True)))
for args in [([1, 2], [3]), ([1], [2, 3]), ([1], [2], []), ([1], [2], [3, 4]), ([], [1]),
             ([1, 2], [1, 2], [1, 2], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as ex:
        print("ValueError", ex)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 9])), list(map(str, "")))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(list(filter(bool, [0, 2])), list(reversed((1, 2, 3))), list(reversed("abc")))
print(list(reversed(range(3))), list(reversed({"a": 1, "b": 2})), list(reversed([1, 2][::-1])))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
    def __len__(self):
        return 4
print(list(Seq()), list(reversed(Seq())), 20 in Seq(), list(iter(Seq())))
class NotRev:
    __reversed__ = None
    def __getitem__(self, i):
        return i
try:
    reversed(NotRev())
except TypeError as ex:
    print(ex)
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)), counter)
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
m = map(lambda a, b: a + b, [1, 2], [10, 20, 30])
print(next(m), list(m), list(m))
print(sum(map(int, "123")), dict(enumerate("xy")), sorted(zip([3, 1], "ab")))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(len, [])).__name__,
      type(filter(None, [])).__name__, type(reversed([])).__name__, type(reversed((1,))).__name__,
      type(iter(Seq())).__name__, type(iter(tick, 1)).__name__, type(iter(range(1))).__name__,
      type(iter({})).__name__, type(iter(set())).__name__, type(iter(())).__name__,
      type(iter([])).__name__, type({}.items()).__name__)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as ex:
    print("RuntimeError", ex)
class E(enumerate):
    pass
print(list(E("ab")), type(E("a")).__name__)
