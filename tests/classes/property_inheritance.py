class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @property
    def label(self):
        return "base"
class Child(Base):
    @property
    def label(self):
        return "child+" + super().label
    @Base.v.setter
    def v(self, val):
        self._v = val * 10
c = Child()
print(c.v, c.label)
c.v = 3
print(c.v)
b = Base()
try:
    b.v = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls)
