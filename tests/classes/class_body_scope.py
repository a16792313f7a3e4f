class C:
    a = 1
    b = a + 1
    lst = [a] * 2
    def f(self):
        return "f"
    g = f
    del f
    for i in range(3):
        pass
print(C.a, C.b, C.lst, C().g(), hasattr(C, "f"), C.i)
class D:
    x = 10
    def m(self):
        try:
            return x
        except NameError as e:
            return "NameError: " + str(e)
print(D().m())
def make(n):
    class K:
        val = n
        def get(self):
            return n * 2
    return K
K = make(21)
print(K.val, K().get())
print(type(C.__dict__).__name__)
