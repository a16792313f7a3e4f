cases = [
    ("bytes.join", lambda: b",".join(5)),
    ("bytearray.join", lambda: bytearray(b",").join(None)),
    ("bytes.count big", lambda: b"abc".count(2**70)),
    ("bytes.count 256", lambda: b"abc".count(256)),
    ("in 300", lambda: 300 in b"abc"),
    ("bytearray(float)", lambda: bytearray(1.5)),
    ("bytearray(None)", lambda: bytearray(None)),
    ("bytes(float)", lambda: bytes(1.5)),
    ("bytes(None)", lambda: bytes(None)),
    ("int.from_bytes(int)", lambda: int.from_bytes(5, "big")),
    ("int.from_bytes(None)", lambda: int.from_bytes(None, "big")),
    ("float.fromhex(int)", lambda: float.fromhex(5)),
    ("float.fromhex(bytes)", lambda: float.fromhex(b"0x1p1")),
]
for name, fn in cases:
    try:
        print(name, fn())
    except (TypeError, ValueError, OverflowError) as e:
        print(name, type(e).__name__, e)
