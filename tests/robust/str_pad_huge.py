# Padding a string to 10**12 characters must raise MemoryError at once; taipan hangs filling
# memory one character at a time.
for what, f in [("ljust", lambda: "a".ljust(10**12)), ("rjust", lambda: "a".rjust(10**12)),
                ("center", lambda: "a".center(10**12)), ("zfill", lambda: "1".zfill(10**12))]:
    try:
        f()
    except MemoryError:
        print(what, "MemoryError")
