# bytes(n)/bytearray(n) with n = 10**12 must raise MemoryError at once; taipan hangs.
for what, f in [("bytes", lambda: bytes(10**12)), ("bytearray", lambda: bytearray(10**12))]:
    try:
        f()
    except MemoryError:
        print(what, "MemoryError")
