# str operators, indexing, iteration, repr
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

k = 1.0
t(lambda: "abc"[k])
k2 = None
t(lambda: "abc"[k2])
t(lambda: "abc"[10**20])
t(lambda: 1 in "abc")
t(lambda: "a" * 2.0)
t(lambda: 2.0 * "a")
t(lambda: "a" * 10**20)
t(lambda: "ab" * (2**62))
t(lambda: "a" + None)
t(lambda: None + "a")
t(lambda: "a" - "a")
t(lambda: "a" < 1)
t(lambda: ("ab" * True, False * "ab", "é" * 3, -1 * "x"))
t(lambda: ("héllo"[1:4], "héllo"[::2], "héllo"[::-2], "héllo"[-1:0:-1], "héllo"[10:], "héllo"[-100:100]))
t(lambda: ("abc"[True], "abcdef"[1:5:2], "abcdef"[5:1:-2], "abc"[::0]))
t(lambda: ("" in "", "é" in "café", "fé" in "café", "" in "x"))
t(lambda: list(iter("hé😀")))
t(lambda: (repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\\"), repr("\x00\x1f\x7f\x80\x9f\xa0\xad")))
t(lambda: repr("\u0378\u2028\ue000\U0001f600\U000e0001\udfff\ufeff"))
t(lambda: (ascii("é☃\U0001f600\n"), str("x"), str(), str(b"\x00'")))
t(lambda: ("a" < "b" < "é" < "😀", "ab" > "a", "" < "\x00", "Z" <= "a", "é" >= "é"))
t(lambda: sorted(["é", "e", "z", "É", "😀", "\uffff"]))
t(lambda: hash("abc") == hash("ab" + "c"))
t(lambda: len({"a", "a" + "", "b"}))
it = iter("ab")
t(lambda: (next(it), next(it)))
t(lambda: next(it))

class S(str):
    def extra(self):
        return self.upper()
s = S("héllo")
t(lambda: (s, type(s).__name__, s.extra(), type(s + "x").__name__, type(s[1:]).__name__, type(str(s)).__name__))
t(lambda: (type(s.strip()).__name__, type(s.replace("z", "y")).__name__, s == "héllo", hash(s) == hash("héllo")))
t(lambda: (type(S()).__name__, S(5), S(b"x", "ascii"), "%s" % s, "{}".format(s)))
t(lambda: [str(x) for x in (None, True, 1.5, [1, 'a'], {'k': 'v'}, (1,), b'x', bytearray(b'y'))])
