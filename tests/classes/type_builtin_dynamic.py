Point = type("Point", (), {"x": 0, "show": lambda self: f"P({self.x})"})
p = Point()
p.x = 5
print(p.show(), Point.__name__, type(p).__name__)
Sub = type("Sub", (Point,), {"y": 1})
print(Sub().show(), Sub.y, issubclass(Sub, Point), [c.__name__ for c in Sub.__mro__])
print(type(1), type("s"), type([]), type(type), type(None), type(len))
print(type(p) is Point, type(Point) is type)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class Thing(metaclass=Meta):
    pass
print(Thing.added, type(Thing).__name__)
class SubThing(Thing):
    pass
print(SubThing.added, type(SubThing).__name__)
