# `x in bytearray` where x.__index__ reallocates the bytearray: bytes_contains searches the old,
# freed buffer (ASan heap-use-after-free in memchr). CPython 3.11 has the same stale read, so
# only "no crash, a bool comes back" is checked.
def shrink():
    B[:] = b"x"
    B.extend(b"y" * 100000)
    B[:] = b""
class I:
    def __index__(self):
        shrink()
        return 120
B = bytearray(b"x" * 1000)
print(B.__contains__(I()) in (True, False))
B = bytearray(b"x" * 1000)
print((I() in B) in (True, False))
