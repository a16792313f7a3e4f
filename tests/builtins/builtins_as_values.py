fs = [len, str, abs, sorted]
print([f([3, -1]) if f is not abs else f(-3) for f in fs])
ops = {"min": min, "max": max, "sum": sum}
for name in sorted(ops):
    print(name, ops[name]([4, 1, 7]))
print(len.__name__, print.__name__, type(len).__name__)
print(repr(len), repr(print))
g = print
g("print via alias", sep="")
h = abs
print(h is abs, h(-2), max is max)
print(sorted(map(str.upper, ["b", "a"])))
print(list(map(int.__add__, [1, 2], [10, 20])))
