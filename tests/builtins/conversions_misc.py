# ord/chr/hex/oct/bin/round/divmod/pow/format/abs/hash/id/callable
print(ord("a"), ord("€"), ord(b"z"), chr(65), chr(8364), repr(chr(0)))
for bad in ["ord('ab')", "ord('')", "ord(1)", "chr(-1)", "chr(0x110000)", "chr('a')", "chr(1.5)"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
print(hex(255), oct(-8), bin(5), hex(-1), bin(0), hex(2**70))
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1234, -2), round(7), round(2.675, 2))
print(type(round(2.5)), type(round(2.5, 0)))
try:
    round("x")
except TypeError as e:
    print(e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, 10), pow(2, 10, 1000), pow(2, -1), pow(3, -1, 7))
print(format(3.14159, ".2f"), format(42), format(42, "08b"), format("x", ">4"), abs(-3), abs(-2.5))
try:
    format(1, 2)
except TypeError as e:
    print(e)
print(hash(1) == hash(1.0), hash("a") == hash("a"), id(print) == id(print), callable(len), callable(3))
try:
    hash([])
except TypeError as e:
    print(e)
print(ascii("héllo"), repr("x"), ascii([1, "é"]))
print(len("abc"), len([1, 2]), len({}))
try:
    len(5)
except TypeError as e:
    print(e)
