def t(fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def f1(): a, b = [1, 2, 3]
def f2(): a, b = [1]
def f3(): a, b, c = "ab"
def f4(): a, *b, c = [1]
def f5(): a, b = 1
def f6(): a, b = None
def f7(): (a, b), c = [1, 2], 3
def f8(): a, b = {}
def f9(): a, b = iter(range(5))
def f10(): a, *b, c, d = (1, 2)
def f11():
    for x, y in [(1, 2), (3, 4, 5)]:
        pass
def f12(): [a for a, b in [(1,)]]
def f13(): a, b = "abcdefghij"
def f14(): a, = []
def f15(): a, = [1, 2]
def f16(): *a, b, c, d, e = {1: 2}
for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16]:
    t(f)
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError as e:
    print(e)
