code = """
def sq(n):
    return n * n
result = sq(7)
"""
g = {}
exec(code, g)
print(g["result"], g["sq"](3), "sq" in g)
ns = {"base": 100}
exec("total = base + 1\nbase = 0", ns)
print(ns["total"], ns["base"])
gl, lo = {"v": 1}, {}
exec("w = v + 1", gl, lo)
print(lo, "w" in gl)
exec("print('printed from exec', 1 + 1)")
print(exec("1 + 1"))
exec("for i in range(3): print('loop', i)")
env = {}
exec("class K:\n    val = 5\nobj = K()", env)
print(env["obj"].val, env["K"].__name__)
try:
    exec("x = (", {})
except SyntaxError as e:
    print(type(e).__name__)
try:
    exec("raise ValueError('inside exec')", {})
except ValueError as e:
    print(type(e).__name__, e)
counter = 0
exec("counter += 5")
print(counter)
