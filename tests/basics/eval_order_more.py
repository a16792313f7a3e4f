log = []
def L(tag, v=None):
    log.append(tag)
    return v if v is not None else tag
def show(label):
    print(label, log)
    log.clear()
d = {L("k1"): L("v1"), L("k2"): L("v2")}
show("dict display")
d = {L("k", "a"): 1, **{L("spread", "b"): 2}, L("k3", "c"): 3}
show("dict spread")
class T:
    def __setitem__(self, k, v): log.append(("set", k, v))
    def __getitem__(self, k):
        log.append(("get", k)); return 0
t = T()
t[L("idx", 1)] = L("val", 2)
show("subscript assign")
t[L("i", 5)] += L("inc", 1)
show("aug subscript")
a = b = L("chain", [0])
show("chain")
x = [0, 0]
i = 0
i, x[i] = 1, 9
print("tuple target order", i, x)
def f(*a, **k): return None
f(L("p1"), *[L("star")], k=L("kw"), **{L("dk", "z"): L("dv")})
show("call args")
L("obj", t)[L("key", 1)] = L("rhs", 3)
show("rhs before target")
r = L("cond", True) and L("a1") or L("b1")
show("and/or")
s = [L("e1"), *[L("e2")], L("e3")]
show("list display")
cmp = L("c1", 1) < L("c2", 2) == L("c3", 2)
show("compare")
fn = lambda: L("body")
L("callee", fn)(*(L("arg"),)[:0])
show("callee before args")
z = {L("sk1"), L("sk2")}
show("set display")
