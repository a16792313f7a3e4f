def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) if not s:
            return "empty str"
        case str(s):
            return f"str {s}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": val}):
            return f"dict k={val}"
        case set() | frozenset():
            return f"set of {len(v)}"
        case _:
            return "?"
for v in [True, -3, 3, 2.5, "", "hi", b"by", [9, 8], [], (1, 2), (1,), {"k": 7}, {1}, frozenset(), None]:
    print(kind(v))
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError", e)
