print(ascii("abc"), ascii("é"), ascii("☃"), ascii("😀"), ascii(["é", 1]), ascii(b"\xff"))
print(repr("é"), repr("😀"), repr("\t"), repr("\x7f"), repr("\xa0"), repr("\u2028"))
print(ascii("\n"), ascii(1.5), ascii(None))
class R:
    def __repr__(self):
        return "Ré"
print(repr(R()), ascii(R()), str([R()]))
print(ascii("plain"), ascii(""), ascii("\x00"), ascii("a\u0301"))
print(ascii({"k": "é"}), ascii(("ñ",)))
print(repr("\x1f"), repr("\xff"), repr("\u0100"))
