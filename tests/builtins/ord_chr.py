print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("☃"), ord("😀"))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(233), chr(9731), chr(128512), repr(chr(0)))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "Hi!"], ord(b"a"), ord(bytearray(b"z")))
print(chr(0x10FFFF) == "\U0010ffff", ord(chr(1000)) == 1000)
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["", "ab", 5]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(1.5)
except TypeError as e:
    print(type(e).__name__, e)
