log = []
def v(name, val=None):
    log.append(name)
    return val if val is not None else name
result = v("a", 1) + v("b", 2) * v("c", 3)
print(result, log)
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
v("f", print)(v("arg1"), v("arg2"))
print(log)
log.clear()
lst = [0, 0, 0]
lst[v("idx", 1)] = v("rhs", 9)
print(log, lst)
log.clear()
x = v("cond", True) and v("then") or v("else")
print(x, log)
log.clear()
a = [v("e1"), v("e2")][v("i", 0)]
print(a, log)
