class A:
    def __new__(cls, *args):
        print("A.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x):
        print("A.__init__", x)
        self.x = x
a = A(1)
print(a.x)
class Other:
    def __init__(self, *a):
        print("Other.__init__ should not run")
class B:
    def __new__(cls, v):
        return Other()
    def __init__(self, v):
        print("B.__init__ should not run")
print(type(B(1)).__name__)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
class OnlyInit:
    def __init__(self, a): self.a = a
print(OnlyInit(5).a)
try:
    object.__new__(OnlyInit, 1)
    print("object.__new__ with extra args ok when __init__ overridden")
except TypeError as e:
    print(e)
try:
    object.__new__(NoInit, 1)
except TypeError as e:
    print(e)
try:
    object.__new__(5)
except TypeError as e:
    print(e)
class IntSub(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(IntSub(21), type(IntSub(1)).__name__, IntSub(3) + 1)
