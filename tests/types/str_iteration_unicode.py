s = "héllo wörld ☃ 😀"
print(len(s), [c for c in s if ord(c) > 127])
print(s.upper(), s[::-1])
print([ord(c) for c in "aé☃😀"])
print(chr(233), chr(0x2603), chr(0x1F600), "\u00e9" == "é")
print(s.encode("utf-8"))
print(sorted("bca😀é"))
print("😀" * 3, len("😀" * 3))
print("ÉCOLE".lower(), "é".upper())
for i, ch in enumerate("añb"):
    print(i, ch, ord(ch))
print(repr("\x1b[0m"), repr("\u0085"), repr("\ud800"))
print("a\u0300" == "à", len("a\u0300"))
