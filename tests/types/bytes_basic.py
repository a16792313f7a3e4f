b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(b + b" world", b * 2, b"ell" in b, 104 in b)
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(5)))
print(b.upper(), b.replace(b"l", b"L"), b.split(b"l"), b.find(b"lo"), b.count(b"l"))
print(b.decode(), "é".encode(), "é".encode("utf-8"), b"\xc3\xa9".decode("utf-8"))
print(b.hex(), bytes.fromhex("41 42 43"), b"\x00\xff\n\t'\"")
print(list(b"abc"), b"a" < b"b", b"abc" == b"abc", b"" == bytes())
print(b"-".join([b"a", b"b"]), b"  x ".strip(), b"a,b".split(b","))
print(repr(b"it's"), repr(b'"'), repr(b"'\""))
print(b.startswith(b"he"), b.isalpha(), b"123".isdigit(), b.index(b"e"))
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)
