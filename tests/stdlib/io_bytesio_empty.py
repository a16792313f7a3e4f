# Reading from a BytesIO that never had a buffer (empty, or emptied by truncate): every read
# method returns b'' (found by the exec fuzzer: the reads offset a NULL buffer, which UBSan flags).
import io

def reads(b):
    return [b.read(), b.read(0), b.read(5), b.read(-1), b.readline(), b.readline(3),
            b.readlines(), b.read1(), b.read1(4), b.getvalue(), b.tell()]

print(reads(io.BytesIO()))
print(reads(io.BytesIO(b"")))
b = io.BytesIO(b"abc\ndef")
b.truncate(0)
print(reads(b))
b.seek(10)
print(reads(b), b.tell())
print(list(io.BytesIO()), bytearray(3), io.BytesIO().readinto(bytearray(3)))
# a TextIOWrapper over an empty buffer, as the fuzzer's input did
r = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
print(r.readlines(), repr(r.read()), r.readline() == "")
