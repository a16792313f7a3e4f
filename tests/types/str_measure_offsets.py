# str length/ASCII measuring across the 8-byte fast path: non-ASCII at every offset.
for n in range(0, 20):
    for pos in range(n):
        s = "a" * pos + "é" + "b" * (n - pos - 1)
        b = s.encode()
        t = b.decode()
        assert len(t) == n and t == s and not t.isascii(), (n, pos)
        assert t[pos] == "é" and t[-1] == s[-1]
    a = ("x" * n).encode().decode()
    assert len(a) == n and a.isascii()
print(len("😀".join(["abcdefgh"] * 5).encode().decode()), "ok")
print([len(bytes(range(32, 32 + k)).decode()) for k in range(0, 30, 7)])
print(len(("abcdefg€" * 9).encode().decode()), ("abcdefg€" * 9).encode().decode()[7::8])
