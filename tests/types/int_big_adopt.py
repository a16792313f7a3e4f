# Big results of GMP operations keep GMP's limbs; every operation on them must see the value.
a = 3 ** 500
b = a * a            # adopted limbs (about 50 limbs)
c = b // a
print(c == a, hash(b) == hash(3 ** 1000), b.bit_length(), str(b)[:20], str(b)[-20:])
d = {b: "x"}
print(d[3 ** 1000], -b < 0, abs(-b) == b, (b >> 600) & 0xFFFF, b % 1000007, divmod(b, a)[1])
class I(int):
    pass
print(I(b) == b, type(I(b)).__name__, int(I(b)) == b)
xs = [3 ** k * 7 ** k for k in range(300, 320)]
import gc
gc.collect()
print(sum(xs) % 999983, max(xs) == xs[-1], sorted(xs, reverse=True)[0] == xs[-1])
f = 1
for i in range(1, 600):
    f *= i
print(len(str(f)), f % (10 ** 9 + 7), f.to_bytes(700, "big")[:4].hex(), int.from_bytes(f.to_bytes(700, "little"), "little") == f)
print(pow(b, 3, 10 ** 40 + 3), b ** 0, (b - b), (b + 1) - b, float(a) > 1e238, format(b, "x")[:16])
