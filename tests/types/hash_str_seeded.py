# The runner sets PYTHONHASHSEED=0: str/bytes hashes, and so the iteration order of sets of
# strings, are then the same as CPython's (same SipHash-1-3 key derivation, same code units).
words = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]
print([hash(w) for w in words])
print(hash(""), hash(b""), hash("a") == hash(b"a"))
print(set(words))
print({"héllo", "wörld", "日本", "😀", "naïve", "x"})
print(hash("héllo"), hash("日本語"), hash("😀 emoji"))
print(frozenset("abcdefghij"))
s = set()
for w in words:
    s.add(w.upper())
s.discard("FIG")
print(s, sorted(s))
