def auto_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def auto_eq(cls):
    cls.__eq__ = lambda a, b: type(a) is type(b) and a.__dict__ == b.__dict__
    return cls
@auto_eq
@auto_repr
class Rec:
    def __init__(self, a, b="x"):
        self.a = a
        self.b = b
r = Rec(1)
print(r, Rec(2, [1]), r == Rec(1), r == Rec(2), r != Rec(1))
print([Rec(i) for i in range(2)])
