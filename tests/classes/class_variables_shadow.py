class Base:
    x = "base"
    def get(self):
        return self.x
    def get_cls(self):
        return type(self).x
class Derived(Base):
    x = "derived"
b, d = Base(), Derived()
print(b.get(), d.get(), b.get_cls(), d.get_cls())
d.x = "instance"
print(d.get(), d.get_cls(), Derived.x, Base.x)
Base.x = "changed base"
print(b.get(), Derived.x)
del Derived.x
print(Derived.x, d.x)
class Meta:
    registry = {}
    def __init_subclass__(cls, **kw):
        Meta.registry[cls.__name__] = kw
class P1(Meta): pass
class P2(Meta, tag="t"): pass
print(Meta.registry)
