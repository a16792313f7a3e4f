def a(x):
    return b(x) + 1
def b(x):
    return c(x)
def c(x):
    return {"k": 1}[x]
a("missing")
