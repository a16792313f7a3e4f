for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 64, -(2 ** 100), 1234567]:
    print(n, hex(n), oct(n), bin(n))
print(hex(True), bin(False), oct(0o777))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()))
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(bin(-5), 0))
