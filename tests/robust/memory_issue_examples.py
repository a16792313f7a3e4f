# The "Memory" examples of issue 7: each must raise MemoryError / OverflowError at once (no
# attempt to allocate), with CPython's type and message, and the interpreter must go on working.
# (2**(2**40) is left out: CPython spends minutes on it; taipan raises MemoryError at once.)
cases = [
    "[0] * 2**62",
    "bytearray(2**62)",
    '"a" * 2**62',
    'b"a" * 2**62',
    "(1,) * 2**62",
    "[None] * (2**62)",
    '"a".ljust(2**62)',
    '"{:2000000000000}".format(1)',
    "[0] * 2**63",
    '"a" * 2**63',
    "bytes(2**62)",
    '"a".center(2**62)',
    '"%2000000000000d" % 1',
    "f'{1.5:2000000000000}'",
    "1 << 2**62",
    "list(range(2**62))",
]
for src in cases:
    try:
        eval(src)
        print(src, "-> no error")
    except (MemoryError, OverflowError) as e:
        print(src, "->", type(e).__name__, e)
x = [0] * 1000
x *= 3
print(len(x), "a" * 3)
