print(eval("1 + 2 * 3"), eval("'a' * 3"), eval("[x * x for x in range(4)]"))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("x", {"x": "g"}, {"x": "l"}))
g = {"a": 5}
print(eval("a ** 2", g), "__builtins__" in g)
print(eval("len('abc')"), eval("  42  "), eval("(1,\n 2)"))
def scope():
    local_v = 7
    return eval("local_v * 6")
print(scope())
print(eval("lambda q: q + 1")(1), eval("{'k': [1, 2]}")["k"])
for bad in ["1 +", "x = 1", "undefined_var", "1/0", ")"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
