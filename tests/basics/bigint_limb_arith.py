# +, -, * of big ints around the limb boundaries (64-bit limbs; results up to 8 limbs are
# computed limb-wise): carries into a new limb, cancellation down to small ints and zero,
# mixed signs, small * big, int subclasses.
x = 12345
def rnd():
    global x
    x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return x

edges = [0, 1, -1, 2 ** 47 - 1, -2 ** 47, 2 ** 47, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64,
         -(2 ** 64), 2 ** 128 - 1, -(2 ** 128 - 1), 2 ** 448 - 1, 2 ** 448, 2 ** 511,
         2 ** 512 - 1, -(2 ** 512), 2 ** 576 - 1]
vals = list(edges)
for k in range(1, 10):
    for _ in range(3):
        v = 0
        for _ in range(k):
            v = (v << 64) | rnd()
        vals.append(v if rnd() & 1 else -v)
chk = 0
for a in vals:
    for b in vals:
        s, d, p = a + b, a - b, a * b
        assert s - b == a and d + b == a, (a, b)
        assert (a == 0 or b == 0) == (p == 0)
        chk = (chk * 1000003 + hash(s) + 3 * hash(d) + 7 * hash(p)) % 2 ** 61
print(chk)
print(2 ** 64 - 2 ** 64, (2 ** 64 + 1) - 2 ** 64, -(2 ** 64) + (2 ** 64 + 5))
print((2 ** 63) * 2, (2 ** 64 - 1) + 1, (2 ** 511) * 2, (2 ** 512 - 1) + 1, -(2 ** 256) * -(2 ** 256))
print(type(2 ** 64 - 2 ** 64 + 3), type((2 ** 64) - 1), (2 ** 47) - 1, -(2 ** 47) - 0)
class I(int):
    pass
a = I(2 ** 100)
print(a + 2 ** 100, type(a + 1), a * -3, type(a * 2), a - a, type(a - a))
t = 0
for i in range(300):
    t += (-1) ** i * 7 ** i
print(t % 10 ** 20, len(str(t)))
