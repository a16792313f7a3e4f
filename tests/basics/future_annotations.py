# Compiler: from __future__ import annotations turns annotations into CPython's unparsed strings.
from __future__ import annotations
class C:
    a0: a.b.c
    a1: a[1][2]
    a2: a[1:2]
    a3: a[:]
    a4: a[::]
    a5: a[1:2, ...]
    a6: a[()]
    a7: a[(1,)]
    a8: a[*b]
    a9: f()
    a10: f(a, *b, c=1, **d)
    a11: f(*a)
    a12: (a for b in c)
    a13: -x ** 2
    a14: (-x) ** 2
    a15: x ** -y
    a16: (a + b) * c
    a17: a + (b * c)
    a18: a - (b - c)
    a19: (a - b) - c
    a20: a ** b ** c
    a21: (a ** b) ** c
    a22: not (a and b)
    a23: (not a) and b
    a24: a or b and c
    a25: (a or b) and c
    a26: lambda: 0
    a27: lambda x=1, *a, y, **k: x
    a28: (lambda: 0)()
    a29: x if y else z
    a30: (x if y else z) if w else v
    a31: [1, 2, 3]
    a32: []
    a33: {}
    a34: {1}
    a35: {'a': 1}
    a36: {**a, 'b': 2}
    a37: 'string'
    a38: "it's"
    a39: b'bytes'
    a40: 1.0
    a41: 1e-10
    a42: 100000000000000000000000000
    a43: 0x10
    a44: 1j
    a45: 1.5j
    a46: -1
    a47: +1
    a48: ~1
    a49: True
    a50: None
    a51: ...
    a52: f'{x}'
    a53: f'{x!r}'
    a54: f'{x:>10}'
    a55: f'a{{b}}c'
    a56: f'{ {1} }'
    a57: f'{x=}'
    a58: a if b else lambda: c
    a59: [i for i in range(3) for j in i if j]
    a60: {k: v for k, v in x}
    a61: {v for v in x}
    a62: a < b < c
    a63: a is b
    a64: a is not b
    a65: a in b
    a66: a not in b
    a67: (a, b)
    a68: (a,)
    a69: ()
    a71: a @ b
    a72: a // b % c
    a73: a << b >> c
    a74: a & b | c ^ d
    a75: a | (b & c)
    a76: (a | b) & c
    a77: f(x)(y)[z].w
    a78: (1).real
    a79: 1.0.real
    a80: "a" "b"
    a81: x[a:b:c, d:e]
    a82: x[-1]
    a83: await_
for k, v in C.__annotations__.items(): print(k, v)
