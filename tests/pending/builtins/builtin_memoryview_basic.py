m = memoryview(b"abcdef")
print(m[0], bytes(m[1:3]), len(m), m.tobytes(), m.readonly)
ba = bytearray(b"xyz")
mv = memoryview(ba)
mv[0] = ord("X")
print(ba, mv.tolist())
try:
    memoryview("str")
except TypeError as e:
    print("TypeError", e)
