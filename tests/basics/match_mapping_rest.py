def m(v):
    match v:
        case {"type": "a", **rest}:
            return ("a", rest)
        case {"type": "b", "n": int(n)} if n > 2:
            return ("big b", n)
        case {"type": "b"}:
            return ("b",)
        case {1: x, **rest} if not rest:
            return ("only1", x)
        case {}:
            return ("any mapping",)
        case _:
            return ("other",)
print(m({"type": "a", "x": 1, "y": 2}))
print(m({"type": "a"}))
print(m({"type": "b", "n": 5}))
print(m({"type": "b", "n": 1}))
print(m({"type": "b", "n": "x"}))
print(m({1: "one"}))
print(m({1: "one", 2: "two"}))
print(m({}))
print(m([]))
class DD(dict):
    def __missing__(self, k):
        return "missing!"
print(m(DD(type="c")))
match {"a": 1}:
    case {"a": 1, "b": _}:
        print("no")
    case {"a": _, **kw}:
        print("kw", kw)
try:
    exec("match {}:\n case {'a': 1, 'a': 2}: pass")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
