# dir() of a class while its metaclass's mro() runs (the class has no MRO yet): CPython merges
# the class's __dict__ with its bases' recursively. An uncaught AttributeError there gets its
# "Did you mean" suggestion from the same dir() (found by the exec fuzzer: a crash).
class M(type):
    def mro(cls):
        print(sorted(n for n in dir(cls) if not n.startswith("__")))
        return super().mro()

class A:
    def who(self): pass

class B(A):
    z = 0

class C(B, A, metaclass=M):
    x = 1

print(sorted(n for n in dir(C) if not n.startswith("__")))

class Diamond(C, A):
    pass

print(len(dir(Diamond)) == len(set(dir(Diamond))), dir(Diamond) == sorted(dir(Diamond)))

class M2(type):
    def mro(cls):
        cls._Pname__

class D(A, metaclass=M2):
    _Pname = 2
