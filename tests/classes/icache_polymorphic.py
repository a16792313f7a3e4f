# Attribute sites that see several receiver types (base and subclass through one `self.x`),
# including changes to one of the types while both are cached.

class Base:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def bump(self):
        self.v += 1
        return self.v
    def who(self):
        return "Base"

class Sub(Base):
    def who(self):
        return "Sub"

class Other:
    def __init__(self, v):
        self.pad = 0
        self.v = v
    def who(self):
        return "Other"

def read(o):
    return o.v

def who(o):
    return o.who()

objs = [Base(1), Sub(2), Other(3)] * 3
print([read(o) for o in objs], [who(o) for o in objs])
print([o.bump() for o in objs[:2]], [Base.get(o) for o in objs[:2]])
Sub.v = property(lambda self: "Sub.v property")
print([read(o) for o in objs[:3]])
try:
    objs[1].bump()
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
del Sub.v
print([read(o) for o in objs[:3]])
Base.who = lambda self: "Base2"
print([who(o) for o in objs[:3]])
Sub.who = lambda self: "Sub2"
print([who(o) for o in objs[:3]])
objs[0].who = lambda: "instance"
print([who(o) for o in objs[:3]])
objs[0].__class__ = Sub
print([who(o) for o in objs[:3]], read(objs[0]))
for o in objs:
    o.v = "set"
print([read(o) for o in objs[:3]], [list(vars(o)) for o in objs[:3]])
