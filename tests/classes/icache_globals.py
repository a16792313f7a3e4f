# LOAD_GLOBAL caching: globals and builtins changes must be seen at once.
import builtins

def use_len(s):
    return len(s)

def use_g():
    return G

G = 1
print([use_g() for _ in range(3)])
G = 2
print([use_g() for _ in range(3)])
globals()["G"] = 3
print([use_g() for _ in range(3)])
globals().update(G=4)
print([use_g() for _ in range(3)])
del G
try:
    use_g()
except NameError as e:
    print("NameError:", e)
G = 5
print(use_g())

print([use_len("abc") for _ in range(3)])
orig = builtins.len
builtins.len = lambda s: 100
print([use_len("abc") for _ in range(3)])
len = lambda s: "module len"
print([use_len("abc") for _ in range(3)])
del len
print([use_len("abc") for _ in range(3)])
builtins.len = orig
print([use_len("abc") for _ in range(3)])
del builtins.len
try:
    use_len("abc")
except NameError as e:
    print("NameError:", e)
builtins.len = orig
print(use_len("xy"))

# the same code object run against different globals dicts
src = "def f():\n    return W\n"
code = compile("r = W", "<s>", "exec")
for i in range(5):
    ns = {"W": i}
    exec(code, ns)
    print(ns["r"], end=" ")
print()
for i in range(5):
    d = {"W": i * 10}
    exec(code, d)
    print(d["r"], end=" ")
print()
# a fresh empty globals dict each time: the name comes from builtins, then shadows it
code2 = compile("r = abs(-3)", "<s>", "exec")
for i in range(4):
    d = {} if i % 2 == 0 else {"abs": lambda x: "shadow"}
    exec(code2, d)
    print(d["r"], end=" ")
print()
# custom __builtins__ in exec
for i in range(3):
    d = {"__builtins__": {"abs": lambda x, i=i: i}}
    exec(code2, d)
    print(d["r"], end=" ")
print()

# module attribute loads
import math
def msqrt(x):
    return math.sqrt(x)
print([msqrt(16.0) for _ in range(3)])
math.sqrt = lambda x: "patched"
print([msqrt(16.0) for _ in range(3)])
del math.sqrt
try:
    msqrt(1.0)
except AttributeError as e:
    print("AttributeError:", e)
