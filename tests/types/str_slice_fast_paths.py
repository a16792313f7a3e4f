# str slicing: substrings and stepped slices of ASCII and non-ASCII strings, cached results.
for s in ["", "a", "ab", "hello world", "héllo wörld", "😀x😀y😀", "abc€" * 40, "x" * 100 + "é"]:
    out = []
    for start in (None, 0, 1, -3, 5, 70, 200):
        for stop in (None, 0, 2, -1, 6, 101, 300):
            for step in (None, 1, 2, -1, -2, 3, 7):
                t = s[start:stop:step]
                out.append((len(t), t[:4], t[-3:], t.isascii(), hash(t) == hash(str(t)),
                            t == "".join(list(t))))
    print(repr(s[:12]), len(out), hash(tuple(out)) == hash(tuple(out)), out[::37])
s = "ab" * 10
e = str()
print(s[3:3] is e, s[::-1][:5], s[1::2], ("é" + s)[1:2], ("é" + s)[0:3].isascii())
