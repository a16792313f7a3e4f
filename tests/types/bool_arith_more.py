print(True + True + True, True - False, True * 3.5, True / 4, True // 2, True % 2)
print(True ** 10, False ** 0, -True, +False, ~True, ~False, abs(-True))
print(True << 3, True >> 1, True & 3, False | 2, True ^ 1)
print(type(True & True).__name__, type(True | False).__name__, type(True ^ True).__name__)
print(type(True & 1).__name__, type(True + 0).__name__, type(~True).__name__)
print(sum([True, True, False]), max(True, 0.5), min(False, -1))
print(True == 1, str(True), repr(False), int(True), float(False))
print(f"{True:d} {True:>5} {False!r} {True:.2f}")
print(bool("False"), bool(""), bool(0j), bool(-0.0), bool([[]]), bool(range(0)))
print(divmod(True, 2), round(True), hash(True), True.bit_length(), True.real)
print(["no", "yes"][True], {True: "t"}[1], (1, 2)[False])
print(True > False, sorted([True, False, 0, 1, -1]))
print(format(True), "%d %s %r" % (True, True, False))
try:
    True / False
except ZeroDivisionError as e:
    print(e)
