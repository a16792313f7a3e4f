# list.sort picks a specialised comparison from the kinds of all keys (small ints, floats,
# exact strs, tuples whose first/second items are of one such kind, str prefixes cached);
# every one must give exactly what the generic comparison gives: stable, same errors.
# taipan-test: timeout-factor 3 (every list sorted several ways: ~11 s of CPU in GC-stress builds)
seed = 12345

def rnd(m):
    # products stay under 2**47: small ints only, so the GC-stress build stays quick
    global seed
    seed = seed * 48271 % 2147483647
    return (seed >> 8) % m

def sig(keys, **kw):
    # the permutation a stable sort makes, as a checksum: stability errors change it
    order = sorted(range(len(keys)), key=lambda i: keys[i], **kw)
    total, p = 0, 1
    for i in order:          # (no allocation per item: quick on the GC-stress build)
        total = (total + p * i) % 1000000007
        p += 1
    return total, order[:6]

# ---- sizes around the run length (64 = one insertion run below it) ----
for n in (0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 127, 128, 129, 500, 3000):
    ints = [rnd(50) - 25 for _ in range(n)]
    print(n, sig(ints), sig(ints, reverse=True))

# ---- presorted, reversed, all equal, sawtooth (the merge skip when runs are in order) ----
for keys in (list(range(300)), list(range(300, 0, -1)), [7] * 300,
             [i % 37 for i in range(500)], [-(i % 50) for i in range(400)],
             list(range(100)) + list(range(50)), [5, 5, 4, 4, 3, 3] * 20):
    print(sig(keys), sig(keys, reverse=True))

# ---- ints at the small-int boundary, bigints and bools leave the fast path ----
big = [2 ** 47 - 1, -2 ** 47, 2 ** 47, -2 ** 47 - 1, 2 ** 80, 0, 1, -1]
print(sorted(big))
print(sorted(big + [True, False, 0.5]))
print(sorted([True, 0, 1, False, -1]), sorted([1, 0.5, 2, 1.0, True]))

# ---- floats: -0.0 == 0.0 keeps order; inf; NaN lists of fewer than 64 items match ----
print(sorted([0.0, -0.0, 1.5, -0.0, 0.0, float("-inf"), float("inf")]))
print(sig([0.0, -0.0] * 40 + [1.0, -1.0] * 10))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5]))
print(sorted([nan, 5.0, 4.0, 3.0, 2.0, 1.0, nan, 0.0] * 7))
print(sorted([2.0, 1.0, nan]), sorted([nan, 2.0, 1.0]), sorted([1.0, nan, 0.0], reverse=True))
fl = [rnd(1000) / 8 for _ in range(2000)]
print(sig(fl), sig(fl, reverse=True))

# ---- strs: prefixes of 8 bytes decide most comparisons; the rest must still be right ----
strs = ["", "a", "ab", "ab\0", "ab\0\0", "a\x01", "abcdefgh", "abcdefghi", "abcdefgh\0",
        "abcdefgg\xff", "abcdefgi", "\x7f", "\x80", "\xff", "é", "e\u0301", "ε", "\u20ac",
        "\U0001f600", "\ud800", "\ue000", "\uffff", "zzzzzzzzzzzz", "zzzzzzzzzzzy", "B", "b"]
print([strs.index(s) for s in sorted(strs)])
print([strs.index(s) for s in sorted(strs, reverse=True)])
words = ["w%d" % rnd(300) for _ in range(3000)]
print(sig(words), sig(words, reverse=True))
longw = ["prefix__%d" % rnd(50) for _ in range(600)]    # 8 equal bytes first
print(sig(longw), sorted(longw)[:3])
eq = ["same"] + ["sa" + "me" for _ in range(70)]       # equal strs, distinct objects
print(sig(eq))

class Str(str):
    pass

print(sorted(["b", Str("a"), "c"]), sorted([Str("b"), Str("a")]))

# ---- tuples: the first two items cached by kind; ties read the tuples ----
pairs = [(rnd(20), rnd(20)) for _ in range(2000)]
print(sig(pairs), sig(pairs, reverse=True))
mixed_len = [tuple(rnd(4) for _ in range(1 + rnd(3))) for _ in range(1500)]
print(sig(mixed_len), sorted(mixed_len)[:8])
triples = [(rnd(3), "s%d" % rnd(3), rnd(5)) for _ in range(800)]
print(sig(triples), sorted(triples)[:4])
one = [(rnd(30),) for _ in range(300)]
print(sig(one))
strfirst = [("k%d" % rnd(15), rnd(9)) for _ in range(900)]
print(sig(strfirst), sig(strfirst, reverse=True))
strstr = [("same-prefix-%d" % rnd(4), "x%d" % rnd(6)) for _ in range(700)]
print(sig(strstr))
fl2 = [(rnd(10) / 2, -rnd(10) / 4) for _ in range(900)]
print(sig(fl2))
print(sorted([(1, -0.0), (1, 0.0), (0.0, 1), (-0.0, 0), (0.0, -0.0)]))
n1 = (nan, 2)
print(sorted([(nan, 3), (nan, 1), n1, n1]) == [(nan, 3), (nan, 1), n1, n1] or "nan differs")
x = float("nan")
print(sorted([(x, 3), (x, 1), (x, 2)]))                # one NaN object: identical, equal
print(sorted([(1, x), (1, 0.0), (0, x)]))
print(sorted([(1, "b", None), (0, "c", None), (1, "a", None)]))
print(sorted([((1,), 2), ((0,), 3)]), sorted([([2], 1), ([1], 2)]))
print(sorted([(1, 2, [3]), (1, 2, [1]), (1, 1, [9])]))
print(sorted([(2, 2 ** 60), (2, 1), (1, 2 ** 70)]))    # bigints in the second item

class Rev:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "Rev(%d)" % self.v

print(sorted([(1, 1, Rev(1)), (1, 1, Rev(2)), (0, 5, Rev(0))]))
print(sorted([(1, Rev(1)), (1, Rev(3)), (1, Rev(2))]))

# ---- errors: mixed kinds, comparisons that raise, from any position ----
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: sorted([1, "a"]))
err(lambda: sorted(["a"] * 40 + [1] + ["b"] * 40))
err(lambda: sorted([1.5] * 70 + [None]))
err(lambda: sorted([(1, "a"), (1, 2)]))
err(lambda: sorted([(1, 2)] * 50 + [(1, "x")] + [(0, 1)] * 50))
err(lambda: sorted([("a", 1), (1, "a")]))
err(lambda: sorted([(1, 1, "a"), (1, 1, 2)]))
err(lambda: sorted([(1, 2), [1, 2]]))
err(lambda: sorted([(), (1,), ()]) and sorted([(1,), (None,)]))

class Boom:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        if self.v == 13 or o.v == 13:
            raise ValueError("boom %d" % self.v)
        return self.v < o.v

err(lambda: sorted([(1, Boom(rnd(20))) for _ in range(200)]))
err(lambda: sorted([Boom(i) for i in range(100, 0, -1)]))
err(lambda: sorted(range(100), key=lambda v: 1 // (v - 70)))

# ---- a key or comparison that mutates the list ----
l = list(range(100))
def grow(v):
    if v == 50:
        l.append(0)
    return -v
err(lambda: l.sort(key=grow))
print(len(l), l[:3], l[-2:])

class Mut:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        ml.clear()
        return self.v < o.v
ml = [Mut(3), Mut(1), Mut(2)]
err(lambda: ml.sort())
print([m.v for m in ml] == [1, 2, 3] or sorted(m.v for m in ml))

# ---- key functions of every kind, with the items moving along ----
recs = [("n%d" % rnd(97), rnd(90), rnd(1000) / 10) for _ in range(1500)]
print(sig(recs))
by_name = sorted(recs, key=lambda r: r[0])
by_age_name = sorted(recs, key=lambda r: (r[1], r[0]))
by_score = sorted(recs, key=lambda r: r[2], reverse=True)
print(by_name[:3], by_age_name[:3], by_score[:3])
print(sorted(range(40), key=str), sorted(range(-5, 5), key=abs, reverse=True))
print(sorted(["bb", "a", "ccc", "dd"], key=len))

# ---- no key function: keys that compare without code are sorted in the list itself ----
zs = [[0.0, -0.0][rnd(2)] * (rnd(3) - 1) for _ in range(300)]
zs.sort()
print([str(v) for v in zs[95:110]], "".join("-" if str(v)[0] == "-" else "+" for v in zs[:60]))
zs.sort(reverse=True)
print("".join("-" if str(v)[0] == "-" else "+" for v in zs[-60:]))
pz = [(rnd(3), [0.0, -0.0][rnd(2)]) for _ in range(200)]
print([str(p[1])[0] for p in sorted(pz)][:70])
ints = [rnd(1000) - 500 for _ in range(5000)]
ints2 = list(ints)
ints2.sort()
print(ints2 == sorted(ints, key=lambda v: v), ints2[:5], ints2[-3:])
ints2.sort(reverse=True)
print(ints2[:3], sorted(ints2) == sorted(ints))
ws = ["k%d" % rnd(500) for _ in range(3000)]
print(sorted(ws)[:4], sorted(ws, reverse=True)[:4], sorted(ws) == sorted(ws, key=str))
ps = [(rnd(9), rnd(9)) for _ in range(3000)]
print(sorted(ps)[:5], sorted(ps, reverse=True)[:3], sorted(ps) == sorted(ps, key=lambda p: p))
sp = [("a%d" % rnd(5), "b%d" % rnd(5)) for _ in range(500)]
print(sorted(sp)[:3], sorted(sp) == sorted(sp, key=lambda p: p))
class L(list):
    pass
sub = L([3, 1, 2])
sub.sort()
print(sub, type(sub).__name__)

# ---- many small ints / (int, int) pairs: counting passes over the digits, must stay stable ----
edge = [2 ** 47 - 1, -2 ** 47, 0, -1, 1, 2 ** 46, -2 ** 46, 2 ** 11, 2 ** 11 - 1, 2 ** 22]
wide = [edge[rnd(len(edge))] + (rnd(5) - 2) * (rnd(2) == 0) for _ in range(1200)]
wide = [v if -2 ** 47 <= v < 2 ** 47 else 0 for v in wide]
print(sig(wide), sig(wide, reverse=True), sorted(wide)[:3], sorted(wide)[-3:])
for n in (255, 256, 257, 600):
    xs = [rnd(7) * 1000003 - 3000000 for _ in range(n)]
    ys = list(xs)
    ys.sort()
    print(n, sig(xs), ys[:2], ys[-2:], sorted(xs, reverse=True)[:2])
same = [5] * 400 + [4] * 100
print(sig(same), sig(same, reverse=True))
prs = [(rnd(5) - 2, (rnd(3) - 1) * 2 ** 40 + rnd(3)) for _ in range(900)]
print(sig(prs), sig(prs, reverse=True), sorted(prs)[:3], sorted(prs, reverse=True)[:2])
prs2 = [(7, rnd(100)) for _ in range(300)] + [(rnd(100), 7) for _ in range(300)]
print(sig(prs2), sorted(prs2)[295:305])
big_pairs = [(2 ** 47 - 1 - rnd(3), -2 ** 47 + rnd(3)) for _ in range(400)]
print(sig(big_pairs), sorted(big_pairs)[:2])

# ---- strs around the 7 bytes a prefix holds with the length ----
b7 = ["abcdefg", "abcdefg\0", "abcdef", "abcdef\0", "abcdefgh", "abcdefga", "abcdefg\x01",
      "abcdefg" + "", "".join(["abc", "defg"]), "abcdef\0\0", "\0", "", "\0\0", "a\0", "a",
      "abcdefé", "abcdef\x7f", "abcdef\x80", "ab\u0100", "ab\xff"]
print([b7.index(s) for s in sorted(b7)], [b7.index(s) for s in sorted(b7, reverse=True)])
long7 = [b7[rnd(len(b7))] for _ in range(500)]
print(sig(long7), sig([(s, rnd(3)) for s in long7]), sig([(rnd(3), s) for s in long7]))
short7 = [s for s in b7 if len(s.encode()) < 8]
many7 = [short7[rnd(len(short7))] for _ in range(700)]
print(sig(many7), sig(many7, reverse=True), [short7.index(s) for s in sorted(many7)[::50]])
print(sig([(s, rnd(4) - 2) for s in many7]), sig([(rnd(4) - 2, s) for s in many7]))
print(sig([(s, short7[rnd(len(short7))]) for s in many7]))
print([short7.index(s) for s in sorted(many7 + ["abcdefgh"])[::60]])

# ---- floats without NaN: counting passes over their order-preserving bits ----
fvals = [0.0, -0.0, 1.5, -1.5, float("inf"), float("-inf"), 5e-324, -5e-324, 2.2250738585072014e-308,
         1e308, -1e308, 0.1, -0.1, 3.0, -3.0, 1 / 3]
fl2 = [fvals[rnd(len(fvals))] for _ in range(800)]
print(sig(fl2), sig(fl2, reverse=True))
print([repr(v) for v in sorted(fl2)[::40]])
fz = list(fl2)
fz.sort(reverse=True)
print([repr(v) for v in fz[::40]], "".join("-" if repr(v)[0] == "-" else "+" for v in fz if v == 0)[:80])
fpairs = [(fvals[rnd(len(fvals))], rnd(3)) for _ in range(600)]
print(sig(fpairs), sig([(rnd(3), fvals[rnd(len(fvals))]) for _ in range(600)]))
withnan = fl2[:300] + [float("nan")]
print(len(sorted(withnan)), sorted(withnan).count(0.0))
