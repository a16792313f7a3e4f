x = "global"
class C:
    x = "class"
    y = [x for _ in range(2)]
    z = [i for i in range(3) if x == "global"]
    w = (lambda: x)()
    def m(self):
        return x
    items = [1, 2, 3]
    first = [v for v in items]
print(C.y)
print(C.z)
print(C.w)
print(C().m())
print(C.first)
class D:
    a = 5
    try:
        b = [a for _ in range(1)]
    except NameError as e:
        print("NameError", e)
def f():
    a = 10
    class E:
        a = 20
        b = [a for _ in range(1)]
        c = a
    return E.b, E.c
print(f())
