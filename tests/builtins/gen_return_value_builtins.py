# A generator that ends with `return <value>` consumed by builtins:
# the StopIteration value must be swallowed, not propagated.
def r():
    yield 1
    return "v"
def z():
    return "v"
    yield
for gen in (r, z):
    for name, fn in [("list", list), ("tuple", tuple), ("sorted", sorted),
                     ("sum", sum), ("any", any), ("all", all),
                     ("enumerate", lambda g: list(enumerate(g))),
                     ("map", lambda g: list(map(str, g))),
                     ("zip", lambda g: list(zip(g, "abc")))]:
        try:
            print(gen.__name__, name, fn(gen()))
        except Exception as e:
            print(gen.__name__, name, type(e).__name__, e)
print([v for v in r()], [v for v in z()])
