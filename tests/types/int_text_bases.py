# str/hex/oct/bin, %-formatting and format() of ints around the digit-pair and power-of-two paths of
# the small-int text conversion (bigint.c tpInt_small_text), and of big ints.
seed = 5
vals = [0, 1, -1, 9, 10, 11, 99, 100, 101, 999, 1000, -1000, 2**31, -2**31, 2**62 - 1, -2**62, 2**63 - 1, -2**63, 2**63, 12345678901234567]
for k in range(3000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    v = (seed - 2**63) >> (seed % 64)
    vals.append(v)
out = []
for v in vals:
    out.append("%s %s %s %s %d %x %o %r %5d|%-7d|%+d %#x %#o %X" % (str(v), hex(v), oct(v), bin(v), v, v, v, v, v, v, v, v, v, v))
    out.append(f"{v:,} {v:_x} {v:08d} {v:X} {v:b} {v:#b} {v:o} {v:n}")
print(len(out), out[:6], out[-2:])
print(sum(len(x) for x in out))
print(out[::97])
