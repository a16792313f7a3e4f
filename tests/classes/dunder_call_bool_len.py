class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return x + y + self.n
a = Adder(10)
print(a(1), a(1, 2), callable(a), callable(Adder), callable(5))
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)))
try:
    len(Sized(-1))
except ValueError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return "x"
try:
    len(BadLen())
except TypeError as e:
    print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class Truthy:
    pass
print(bool(Truthy()))
