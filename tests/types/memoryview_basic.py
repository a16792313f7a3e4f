# memoryview over bytes and bytearray: attributes, indexing, slicing, tolist/tobytes/hex,
# cast, toreadonly, iteration, comparison, hashing and repr.

def attrs(m):
    return (m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.nbytes,
            m.readonly, m.c_contiguous, m.f_contiguous, m.contiguous)

b = b"abcdef"
m = memoryview(b)
print(attrs(m))
print(m.obj is b, len(m), m[0], m[-1], m[5], m[-6])
print(m.tobytes(), m.tolist(), m.hex(), m.hex(':'), m.hex('-', 2), m.hex(b'.', -4))
print(bytes(m), bytearray(m), list(m))
print(type(iter(m)).__name__, type(m).__name__)

# slices, steps, negative steps: views of the same object
s = m[1:5]
print(attrs(s), s.tobytes(), s.obj is b)
s2 = m[::2]
print(attrs(s2), s2.tobytes(), s2.tolist(), bytes(s2), s2.hex(), s2.hex(' ', 1))
r = m[::-1]
print(attrs(r), r.tobytes(), r[0], r[-1], list(r))
r2 = r[1::2]
print(r2.tobytes(), r2.strides, r2[::-1].tobytes())
e = m[4:1]
print(attrs(e), e.tobytes(), e.tolist())
print(m[1:][1:][1:].tobytes(), m[1:][1:].obj is b)
print(m[(2,)], m[True])

# writable views over bytearray
ba = bytearray(b"hello world")
w = memoryview(ba)
print(attrs(w))
w[0] = 72
w[-1] = ord('D')
w[6:11] = b"WORLD"
print(ba)
w[::2] = b"abcdef"
print(ba)
w[1:3] = w[3:5]
print(ba)
w[:] = bytearray(b"x" * 11)
print(ba)
w[2:4] = memoryview(b"12")
print(ba, w.tobytes())
w[0:0] = b""
w[(1,)] = 33
print(ba)

# toreadonly, memoryview of a memoryview
ro = w.toreadonly()
print(ro.readonly, w.readonly, ro.obj is ba, memoryview(w).obj is ba, memoryview(ro).readonly)

# casts
c = memoryview(bytearray(range(16)))
i = c.cast('i')
print(attrs(i), i.tolist(), i[1], i[-1])
i[0] = -2
print(c[:4].tolist(), i[0])
print(c.cast('h').tolist())
print(c.cast('H', [8]).tolist(), c.cast('q').tolist(), c.cast('Q').tolist())
print(c.cast('@B').format, c.cast('c')[:3].tolist(), c.cast('b').cast('B').format)
f = memoryview(bytearray(16)).cast('d')
f[0] = 1.5
f[1] = 2
print(f.tolist(), f.cast('B')[8:].tolist())
g = memoryview(bytearray(8)).cast('f')
g[0] = 0.1
g[1] = -3
print(g.tolist())
q = memoryview(bytearray(8)).cast('?')
q[0] = 5
q[1] = []
q[2] = "x"
print(q.tolist(), q.cast('B').tolist())
u = memoryview(bytearray(8)).cast('Q')
u[0] = 2**64 - 1
print(u[0], u.cast('B').cast('q')[0], u.cast('B').tolist())
n = memoryview(bytearray(8)).cast('n')
n[0] = -(2**63)
print(n[0], memoryview(bytearray(8)).cast('N').format, memoryview(bytearray(8)).cast('L').itemsize)
l = memoryview(bytearray(4)).cast('b')
l[0] = -128
l[1] = 127
print(l.tolist(), l.hex())
cc = memoryview(bytearray(b"xyz")).cast('c')
cc[1] = b"Y"
print(cc.tolist(), cc[0], cc.obj)
for fmt in 'bBhHiIlLqQnNfd?c':
    print(fmt, memoryview(bytes(8)).cast(fmt).itemsize, end='; ')
print()

# comparisons compare unpacked values
print(m == b"abcdef", m == bytearray(b"abcdef"), m == memoryview(b"abcdef"), m != b"abcdeg")
print(m == m, m[::2] == b"ace", m[::-1] == b"fedcba", m == "abcdef", m == 1, m == [97])
print(memoryview(b"\x01\x00").cast('h') == memoryview(b"\x01\x00"))
print(memoryview(b"\x01").cast('b') == memoryview(b"\x01"))
print(memoryview(b"\xff").cast('b') == memoryview(b"\xff"))
print(memoryview(b"\xff").cast('c') == memoryview(b"\xff"))
nan = memoryview(bytearray(8)).cast('d')
nan[0] = float('nan')
print(nan == nan, nan == nan.toreadonly())
print(b"abcdef" == m, bytearray(b"abcdef") == m, bytearray(b"a") < memoryview(b"b"))
print(bytearray(b"\x01\x00") == memoryview(b"\x01\x00").cast('h'))

# hashing
print(hash(m) == hash(b"abcdef"), hash(m[::2]) == hash(b"ace"), hash(m[1:3]) == hash(b"bc"))
print(hash(memoryview(b"ab").cast('c')) == hash(b"ab"), {m: 1}[memoryview(b"abcdef")])
try:
    hash(w.toreadonly())
except TypeError as e:
    print(e)

# repr, bool
print(repr(m).startswith("<memory at 0x"), bool(memoryview(b"")), bool(m))
m2 = memoryview(b"xyz")
m2.release()
print(repr(m2).startswith("<released memory at 0x"), m2 == m2, m2 != m2, m2 == b"xyz")

# with releases
with memoryview(bytearray(b"ctx")) as v:
    print(v.tobytes(), v.readonly)
print(repr(v)[:9])
print(memoryview(object=b"kw").tobytes(), memoryview(b"").tolist(), memoryview(bytearray()).tobytes())
print(m.tobytes(order='C'), m.tobytes('F'), m.tobytes('A'), m.tobytes(None))

class B(bytes):
    pass

class BA(bytearray):
    pass

print(memoryview(B(b"sub")).tobytes(), memoryview(BA(b"sub2")).readonly)
