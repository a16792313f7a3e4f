fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
def make():
    out = []
    for i in range(3):
        def g():
            return i * 10
        out.append(g)
    i = 99
    return out
print([f() for f in make()])
def make2():
    out = []
    for i in range(3):
        def g(i=i):
            return i * 10
        out.append(g)
    return out
print([f() for f in make2()])
gens = [(x for _ in range(1)) for x in range(3)]
print([next(g) for g in gens])
adders = {}
for k in "abc":
    adders[k] = (lambda k: lambda s: s + k)(k)
print(adders["a"]("x"), adders["c"]("y"))
