# Small-int add/subtract (computed on the shifted payloads, overflowing into big ints at the 48-bit
# edges) and the six comparisons, plain and fused with a conditional jump, against mixed operands.

vals = [-2**47, -2**47 + 1, -5, -1, 0, 1, 2, 5, 2**47 - 1, 2**47, -2**47 - 1, 2**63, 1.5, -0.0]
out = []
for a, b in [(p, q) for p in vals for q in vals]:
    out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    for x in (a, ):
        if x < b: out.append(1)
        if x <= b: out.append(2)
        if x == b: out.append(3)
        if x != b: out.append(4)
        if x > b: out.append(5)
        if x >= b: out.append(6)
    try:
        out.append((a + b, a - b, a * b))
    except Exception as e:
        out.append(type(e).__name__)
    s = a
    s += b
    t = a
    t -= b
    out.append((s, t))
print(hash(tuple(out)) == hash(tuple(out)), len(out))
print(out[:40])
print(sum(1 for o in out if o is True or o == 1))
print([x for x in out if isinstance(x, tuple) and len(x) == 2][-20:])
# products at the edges of the small-int range (2**47), in-place too
edge = [(2**23, 2**24), (-2**23, 2**24), (2**23, -2**24), (-2**23, -2**24), (2**47 - 1, 1),
        (-2**47, 1), (-1, -2**47), (-2**47, -1), (3, 2**46), (-3, 2**46), (0, 2**47 - 1),
        (2**24 + 1, 2**23 - 1), (-(2**24 + 1), 2**23)]
res = []
for a, b in edge:
    c = a
    c *= b
    res.append((a * b, b * a, c, type(a * b).__name__))
print(res)
