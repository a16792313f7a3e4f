g = {"x": 10}
print(eval("x + 1", g))
print("__builtins__" in g)
l = {"y": 5}
print(eval("x * y", g, l))
exec("z = x + y", g, l)
print(l["z"], "z" in g)
exec("def f(): return x\nr = f()", g)
print(g["r"])
exec("def h(): return y\n", g, l)
try:
    l["h"]()
except NameError as e:
    print("NameError", e)
print(eval("[a * 2 for a in range(3)]", {}))
try:
    eval("[x + y for x in range(2)]", {}, {"y": 1})
except NameError as e:
    print("NameError", e)
exec("global q\nq = 1", g)
print(g["q"])
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(eval("  1 + 2"))
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("print", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)
print(exec("1"), eval("None"))
code = compile("a + b", "<s>", "eval")
print(eval(code, {"a": 1, "b": 2}))
ns = {}
exec(compile("class K:\n  v = 3\n", "<c>", "exec"), ns)
print(ns["K"].v, ns["K"].__module__ if "__name__" in ns else ns["K"].__module__)
