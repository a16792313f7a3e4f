s = "naïve café ☃"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s)
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"))
print("é".encode("ascii", "backslashreplace"), b"a\xffb".decode("utf-8", "ignore"))
print(str(b"abc", "ascii"), str(b"abc"))
print(len("😀"), len("😀".encode()), "😀".encode("utf-16-le"))
