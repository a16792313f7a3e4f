# An __index__ that shrinks the bytearray while it is being indexed: taipan checks the index
# before calling __index__ on the value / after converting the key, then reads or writes
# data[i] of the reallocated buffer (ASan heap-use-after-free).
def shrink():
    B[:] = b"x"
    B.extend(b"y" * 100000)
    B[:] = b""
class V:
    def __index__(self):
        shrink()
        return 65
class I:
    def __index__(self):
        shrink()
        return 999
B = bytearray(b"x" * 1000)
try:
    B[999] = V()
    print("set ok", len(B))
except IndexError as e:
    print("IndexError", e)
B = bytearray(b"x" * 1000)
try:
    print(B[I()])
except IndexError as e:
    print("IndexError", e)
B = bytearray(b"x" * 1000)
try:
    B[I()] = 66
    print("set ok", len(B))
except IndexError as e:
    print("IndexError", e)
