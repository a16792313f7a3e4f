# str and bytes hashes for every tail length of SipHash's 8-byte blocks (PYTHONHASHSEED=0 in
# the test environment, so they must be CPython's exact values), ASCII and not.
text = "abcdefghijklmnopqrstuvwxyz0123"
for n in range(len(text) + 1):
    s = text[:n]
    print(n, hash(s), hash(s.encode()), hash(s) == hash(s.encode()))
for s in ["\xe9", "a\xe9", "\u20ac", "ab\u20acc", "\U0001f600", "xyz\U0001f600"]:
    print(ascii(s), hash(s), hash(s.encode()))
print(hash(bytes(range(256))), hash(bytearray(b"0123456789abc").decode()))
