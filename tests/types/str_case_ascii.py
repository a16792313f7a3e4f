# ASCII case mapping works 8 bytes at a time: every ASCII character, at every offset from
# the 8-byte blocks, through each case method.
allc = "".join(chr(i) for i in range(128))
for s in [allc, allc[::-1], allc * 3, "abcdefgh", "ABCDEFGHI", "a", "", "Hello World zZ@[`{", "x" * 17, "@[`{" * 5]:
    for k in range(0, 9):
        t = s[k:]
        print(repr(t.upper()), repr(t.lower()), repr(t.capitalize()), repr(t.casefold()), repr(t.swapcase()), repr(t.title()))
