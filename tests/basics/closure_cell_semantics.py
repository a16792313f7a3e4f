def make():
    x = 1
    def get(): return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = make()
s(42)
print(g())
print(g.__closure__[0].cell_contents, len(g.__closure__))
print(make.__closure__, g.__code__.co_freevars)
def outer():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(outer()(), outer().__code__.co_freevars)
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = "changed"
    return [f() for f in fs]
print(late())
def arg_cell(v):
    def r(): return v
    v = v * 2
    return r
print(arg_cell(5)())
def class_closure():
    val = "closed"
    class K:
        attr = val
        def m(self): return val
    return K
K = class_closure()
print(K.attr, K().m())
def comp_closure():
    n = 10
    return [lambda: n + i for i in range(2)]
print([f() for f in comp_closure()])
def empty_cell():
    def r(): return late_bound
    try:
        r()
    except NameError as e:
        print("NameError", e)
    late_bound = 1
    return r()
print(empty_cell())
