# A format width of 10**12 must raise MemoryError at once; taipan hangs padding char by char.
for what, f in [("format", lambda: "{:>{}}".format(1, 10**12)),
                ("fstring", lambda: f"{1:{10**12}}"),
                ("builtin", lambda: format("a", "1000000000000"))]:
    try:
        f()
    except MemoryError:
        print(what, "MemoryError")
