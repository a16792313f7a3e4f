# A slice bound whose __index__ empties the bytearray: the slice is resolved against the old
# length, so ba_splice computes newlen = len - (stop - start) < 0 (size_t wrap) and ba_reserve
# loops forever (hang; memmove with wrapped sizes would follow).
def shrink():
    B[:] = b"x"
    B.extend(b"y" * 100000)
    B[:] = b""
class Idx:
    def __index__(self):
        shrink()
        return 3
B = bytearray(b"abcdefgh" * 100)
del B[Idx():]
print(len(B), B)
B = bytearray(b"abcdefgh" * 100)
B[Idx():] = b"z"
print(len(B), B)
