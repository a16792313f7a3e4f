# ASCII case mapping fast path: every method, short and long strings, subclasses.
class S(str):
    pass
for s in ["", "a", "A", "1", "ab", "hello World", "HELLO", "mixed Case 123 abc-DEF_ghi", "x" * 50 + "Y",
          S(""), S("q"), S("Sub Class")]:
    r = [s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold()]
    print(repr(s), r, [type(x).__name__ for x in r], [x == s for x in r], [x.isascii() for x in r],
          [len(x) for x in r])
