class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b = Both()
print(b, str(b), repr(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b))
r = ReprOnly()
print(r, str(r), [r], (r,), {"k": r})
s = StrOnly()
print(s, str(s), "{}".format(s))
print(repr(s).startswith("<__main__.StrOnly object at 0x"))
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(f"{Fmt():>5}", format(Fmt(), "abc"), "{:xyz}".format(Fmt()))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
