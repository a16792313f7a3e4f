# Big ints of 1..12 limbs (results stored inside the object up to 8 limbs, boxed beyond):
# arithmetic, signs, hashing, conversions and dict keys across the boundary.
vals = []
for bits in (47, 48, 63, 64, 65, 127, 128, 129, 320, 448, 511, 512, 513, 600, 700):
    for sign in (1, -1):
        vals.append(sign * (2 ** bits - 1))
        vals.append(sign * 2 ** bits)
        vals.append(sign * (2 ** bits + 12345))
acc = 0
for v in vals:
    acc = acc * 3 + v
    s = v + v
    d = v - (v >> 1)
    m = v * -1
    print(v.bit_length(), s == 2 * v, d + (v >> 1) == v, m + v == 0, hash(v) == hash(v + 0),
          str(v)[-12:], hex(v)[-10:], v % 1000003, -v // 7)
print(acc % (10 ** 30), len(str(acc)))
d = {}
for v in vals:
    d[v + 1 - 1] = v
print(len(d), all(d[v] == v for v in vals))
# sums that grow from one limb to many and shrink back to small ints
t = 0
for i in range(200):
    t += 3 ** i
for i in range(200):
    t -= 3 ** i
print(t, type(t))
big = 2 ** 512
print(big - big, (big - 1) - (big - 2), (big + 5) - big, -(big) + big + 7)
