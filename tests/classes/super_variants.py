class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self, x):
        return f"Base.hello({x})"
    @classmethod
    def make(cls):
        return f"make {cls.__name__}"
class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
    def hello(self, x):
        return "Child+" + super(Child, self).hello(x)
    @classmethod
    def make(cls):
        return "Child:" + super().make()
c = Child()
print(c.log, c.hello(1), Child.make())
print(super(Child, c).hello(2))
class GrandChild(Child):
    def hello(self, x):
        return "GC+" + super().hello(x)
print(GrandChild().hello(3))
print(super(Child, GrandChild()).hello(4))
class NoInit(Base):
    pass
print(NoInit().log)
