# Where the recursion limit cuts nested reprs and comparisons: each level of repr/str/== is one
# level of recursion depth, as in CPython, so 990 levels fit under the default limit of 1000 and
# 1000 do not.


def chain(make, x, n):
    for _ in range(n):
        x = make(x)
    return x


CASES = [
    ("alias repr", lambda n: repr(chain(lambda x: list[x], int, n))),
    ("list repr", lambda n: repr(chain(lambda x: [x], 1, n))),
    ("dict repr", lambda n: repr(chain(lambda x: {1: x}, 1, n))),
    ("slice repr", lambda n: repr(chain(slice, 1, n))),
    ("exception repr", lambda n: repr(chain(ValueError, 1, n))),
    ("exception str", lambda n: str(chain(ValueError, 1, n))),
    ("list ==", lambda n: chain(lambda x: [x], 1, n) == chain(lambda x: [x], 1, n)),
]
for name, f in CASES:
    for n in (990, 1000):
        try:
            f(n)
            print(name, n, "ok")
        except RecursionError as e:
            print(name, n, "RecursionError:", e)
