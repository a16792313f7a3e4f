# eval / exec / compile with namespaces and errors
print(eval("1 + 2"), eval(" 3 * 4"), eval("x + 1", {"x": 10}), eval("x", {}, {"x": 5}))
g = {}
exec("a = 1\nb = a + 1", g)
print(g["a"], g["b"], "__builtins__" in g)
loc = {}
exec("c = 7", {}, loc)
print(loc)
code = compile("40 + 2", "<calc>", "eval")
print(eval(code), type(code).__name__)
code2 = compile("for i in range(3): print('loop', i)", "<loop>", "exec")
exec(code2)
print(exec("1"))
def f():
    y = 5
    return eval("y * 2")
print(f())
for bad in ["eval(1)", "exec(1)", "eval('1', 1)", "eval('1', {}, 1)", "exec('x=1', 1)",
            "compile('1', 'f', 'bogus')", "compile(1, 'f', 'exec')"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    exec("def f(:\n  pass", {})
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
try:
    exec("  x = 1")
except IndentationError as e:
    print(type(e).__name__, e.msg)
ns = {}
exec("class K:\n    v = 3\n", ns)
print(ns["K"].v)
