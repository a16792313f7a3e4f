class C:
    factor = 2
    def inst(self, x):
        return x * self.factor
    @classmethod
    def cls(cls, x):
        return cls.__name__ + str(x * cls.factor)
    @staticmethod
    def stat(x):
        return x + 1
class D(C):
    factor = 10
print(C().inst(3), C.cls(3), C.stat(3), C().cls(1), C().stat(1))
print(D().inst(3), D.cls(3), D.stat(3))
m = C().inst
print(m(5), m.__name__, m.__self__.factor)
f = C.inst
print(f(D(), 1))
print(type(C.__dict__["cls"]).__name__, type(C.__dict__["stat"]).__name__)
print(type(m).__name__, type(C.inst).__name__)
