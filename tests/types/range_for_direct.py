# `for x in range(...)` makes the iterator without the range object (vm.c CALL + GET_ITER,
# obj_range.c tpRange_iter_of_args); every other shape goes through range() as before.
import sys

def show(*args):
    out = []
    for i in range(*args):
        out.append(i)
        if len(out) > 12:
            break
    print(args, out)

for args in [(0,), (5,), (-3,), (2, 9), (9, 2), (2, 9, 3), (9, 2, -3), (-5, 5, 4), (5, -5, -4),
             (0, 10, 20), (3, 3), (3, 3, -1), (10, 0, -1), (-2 ** 47, -2 ** 47 + 3),
             (2 ** 47 - 3, 2 ** 47 + 5), (2 ** 70, 2 ** 70 + 3), (True, 4), (0, 5, True)]:
    show(*args)

# lengths past the small-int range (and the range object's own length there)
r = range(-2 ** 47, 2 ** 47 - 1)
print(len(r), r[-1], list(r[-3:]), r[2 ** 47])
for i in range(-2 ** 47, 2 ** 47 - 1, 2 ** 46):
    print(i, end=" ")
print()
n = 0
for i in range(2 ** 47 - 2, 2 ** 48):
    n += 1
    if n == 3:
        break
print(i, n)

# errors keep the range() messages and tracebacks
for bad in [(), (1, 2, 3, 4), (1.5,), ("3",), (1, 2, 0), (None,)]:
    try:
        for i in range(*bad):
            pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    for i in range(3, step=1):
        pass
except TypeError as e:
    print("TypeError", e)

# the range object where something else sees it
x = range(4)
print(x, iter(x).__class__.__name__, list(x), [i * i for i in range(5)], sum(range(101)))
print({i: i for i in range(3)}, list(map(str, range(3))), next(iter(range(7, 9))))
it = iter(range(3))
print(type(it).__name__, list(it))

# a local or global `range` is not the built-in
def shadow():
    range = lambda n: [n, n, n]
    return [i for i in range(2)]
print(shadow())
import builtins
orig = builtins.range
builtins.range = lambda *a: ["patched", *a]
try:
    print([i for i in range(1, 2)])
    for i in range(9):
        print(i)
finally:
    builtins.range = orig
print(list(range(3)))

# nested loops, generators and an index that does not fit 48 bits
def gen(n):
    for i in range(n):
        for j in range(i):
            yield i, j
print(list(gen(4)))
class Idx:
    def __index__(self):
        return 3
print(list(range(Idx())), [i for i in range(Idx(), 6)])

# deep recursion still stops where it did
def rec(n):
    for i in range(1):
        return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
