# UnicodeDecodeError/UnicodeEncodeError whose .object was replaced by a non-bytes/non-str value:
# str() read the int as an ObjBytes/ObjStr pointer (UBSan misaligned access; SEGV in release).
e = UnicodeDecodeError("utf-8", b"ab", 0, 1, "r")
e.object = 5
e.start = 5
e.end = 7
print(str(e))
e = UnicodeEncodeError("ascii", "ab", 0, 2, "r")
e.object = 5
print(str(e))
