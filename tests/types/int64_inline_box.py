# Ints outside the small-int range that fit 64 bits keep their digits inside the int object
# (bigint.c tpInt_from_i64): values, identity of results, hashing and collection.
import gc

edge = [2 ** 47 - 1, 2 ** 47, 2 ** 47 + 1, -(2 ** 47), -(2 ** 47) - 1, 2 ** 62, 2 ** 63 - 1,
        -(2 ** 63), -(2 ** 63) + 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64]
for v in edge:
    w = v + 0
    print(v, w == v, hash(w) == hash(v), w.bit_length(), -w, abs(w), w // 3, w % 7, w * 2, w >> 3)

s = 0
acc = []
for i in range(0, 200000, 7):
    s += i * i * i
    if i % 20000 == 0:
        acc.append(s)
        gc.collect()
print(s, acc[:3], acc[-1])

d = {}
for i in range(1000):
    d[2 ** 50 + i] = i
print(sum(d[2 ** 50 + i] for i in range(1000)), (2 ** 50 + 5) in d, 2 ** 50 - 1 in d)

class I(int):
    pass

x = I(2 ** 50 + 3)
print(x, type(x).__name__, x + 1, type(x + 1).__name__, x * x)
y = 2 ** 50 + 3
print(x == y, hash(x) == hash(y), I(y) == y)

# many short-lived boxed ints, then collections
for r in range(3):
    t = [i * 2 ** 40 for i in range(2000, 6000)]
    gc.collect()
    print(sum(t) % 1000003, t[-1] - t[0])
print(int("123456789012345"), int("-98765432109876"), str(2 ** 60), repr(-(2 ** 60)))
