class A:
    def who(self): return "A"
    @classmethod
    def cwho(cls): return "A.c:" + cls.__name__
    @staticmethod
    def swho(): return "A.s"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cwho(cls):
        return "B>" + super().cwho()
    def nested(self):
        def inner():
            return super(B, self).who()
        return inner()
    def lam(self):
        return (lambda: super(B, self).who())()
    def via_class(self):
        return __class__.__name__
class C(B):
    def who(self):
        return "C>" + super().who()
print(C().who(), C.cwho(), B().nested(), B().lam(), C().via_class())
print(super(B, C()).who(), super(C, C()).who())
print(B.swho(), super(B, B()).swho())
class D(B):
    def f(self):
        try:
            return super(A, self).who()
        except AttributeError as e:
            return "AttributeError " + str(e)
print(D().f())
def outside(self):
    return super().who()
class E(A):
    g = outside
try:
    E().g()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError", e)
class F(A):
    def m(self):
        x = super()
        return x.who()
print(F().m())
