# str + str is made without the binop slot dispatch (protocol.c tpObj_binop); everything else
# keeps CPython's order: subclass reflected methods, __add__/__radd__, errors.
a, b = "abc", "de"
print(a + b, b + a, a + "", "" + a, ("" + a) is a, (a + "") is a)
s = ""
for piece in ["x", "yz", "", "é", "日本"]:
    s += piece
print(s, len(s))

class S(str):
    def __add__(self, other):
        return "S.__add__(%s, %s)" % (str.__str__(self), other)
    def __radd__(self, other):
        return "S.__radd__(%s, %s)" % (str.__str__(self), other)

print("p" + S("q"), S("q") + "p")
t = "p"
t += S("q")
print(t)

class Plain(str):
    pass

r = Plain("ab") + "cd"
print(r, type(r).__name__, type("cd" + Plain("ab")).__name__)

class R:
    def __radd__(self, other):
        return "R.__radd__(%s)" % other

print("x" + R())
for bad in [1, None, b"x", [1]]:
    try:
        "x" + bad
    except TypeError as e:
        print("TypeError:", e)
    try:
        u = "x"
        u += bad
    except TypeError as e:
        print("TypeError:", e)
try:
    1 + "x"
except TypeError as e:
    print("TypeError:", e)
print(("a" * 200) + ("b" * 200) == "a" * 200 + "b" * 200, len("a" * 200 + "b" * 200))
