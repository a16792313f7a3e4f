# find/rfind/count/startswith/endswith over a grid of start/end bounds (str, bytes, bytearray)
for s in ["", "a", "abc", b"", b"ab", bytearray(b"ab")]:
    e = s[:0]
    subs = [e, s[:1], s[1:2] if len(s) > 1 else e]
    for sub in subs:
        for st in [None, 0, 1, 2, 3, 5, -1, -5]:
            for en in [None, 0, 1, 2, 5, -1, -5]:
                r = [s.find(sub, st, en), s.rfind(sub, st, en), s.count(sub, st, en), s.startswith(sub, st, en), s.endswith(sub, st, en)]
                print(repr(s), repr(sub), st, en, r)
