class JsonMixin:
    def to_pairs(self):
        return sorted(self.__dict__.items())
class CompareMixin:
    def __eq__(self, o):
        return type(self) is type(o) and self.__dict__ == o.__dict__
    def __hash__(self):
        return hash(tuple(sorted(self.__dict__.items())))
class Point(JsonMixin, CompareMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.to_pairs(), p == Point(1, 2), p == Point(2, 1), len({p, Point(1, 2)}))
print([c.__name__ for c in Point.__mro__])
class LoggingMixin:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"
class Service(LoggingMixin):
    def run(self):
        return self.log("running")
print(Service().run())
class A:
    def hi(self):
        return "A"
class B:
    def hi(self):
        return "B"
class AB(A, B): pass
class BA(B, A): pass
print(AB().hi(), BA().hi())
