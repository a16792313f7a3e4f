# int arithmetic where operands or results leave the small-int range but fit 64 bits
# (bigint.c: the int64 path between the small-int and GMP paths), against CPython.
vals = [0, 1, -1, 140737488355327, -140737488355328, 140737488355328, -140737488355329, 281474976710656, 4611686018427387904, -4611686018427387904, 9223372036854775807, -9223372036854775807, 9223372036854775808, -9223372036854775808, -9223372036854775809, 18446744073709551616, -18446744073709551616, 1103515245, 12345, 2147483647, 3037000499, 3037000500, -3037000500, 1000000000000000000, -1000000000000000000, 1267650600228229401496703205376]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b)]
for name, f in ops:
    for a in vals:
        row = []
        for b in vals:
            try:
                row.append(f(a, b))
            except ZeroDivisionError as e:
                row.append(str(e))
        print(name, a, row)


class I(int):
    pass


print(I(2**50) * I(3), I(2**62) + 5, type(I(2**62) + 5).__name__, I(0) + 2**60,
      I(-2**60) // 7, I(2**60) % -7, type(I(2**60) % 7).__name__)
print(True + 2**62, False * 2**62, (2**63 - 1) + 1, -(2**63 - 1) - 2, 2**62 * -2, -2**62 * 2)
seed = 12345
for _ in range(1000):
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
print(seed)
x = 2**62
x += 2**62
print(x, x - 1, type(x - 2**62).__name__, hash(2**61 + 5) == hash(2**61 + 5))
