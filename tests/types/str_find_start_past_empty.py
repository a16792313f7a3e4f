# start beyond the end of an EMPTY string: CPython finds nothing.
for s in ["", "a", "ab"]:
    for start in [0, 1, 2, 3, -1]:
        print(repr(s), start, s.find("", start), s.count("", start), s.rfind("", start), s.startswith("", start), s.endswith("", start))
print(b"".find(b"", 1), b"".count(b"", 1))
try:
    "".index("", 1)
except ValueError as e:
    print("ValueError", e)
