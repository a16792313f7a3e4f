class C:
    def m(self, a):
        return a
    @classmethod
    def cm(cls, a, b):
        return a
    @staticmethod
    def sm(a):
        return a
c = C()
cases = [
    lambda: c.m(),
    lambda: c.m(1, 2),
    lambda: C.m(c),
    lambda: C.m(),
    lambda: c.cm(1),
    lambda: C.cm(1, 2, 3),
    lambda: c.sm(),
    lambda: C.sm(1, 2),
    lambda: c.m(a=1, b=2),
    lambda: c.m(1, a=1),
    lambda: (lambda x: x)(),
    lambda: (lambda x, *, y: x)(1),
    lambda: (lambda: 0)(1),
]
for t in cases:
    try:
        t()
        print("ok")
    except TypeError as e:
        print(e)
