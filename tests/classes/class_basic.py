class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.dist2())
p.move(1, 1).move(1, 1)
print(p.x, p.y)
print(type(p).__name__, type(p) is Point, isinstance(p, Point))
print(Point.__name__, Point.__qualname__, Point.__module__)
q = Point(0, 0)
print(q.dist2(), Point.dist2(p))
p.z = 10
print(p.z, hasattr(q, "z"))
print(sorted(p.__dict__.items()))
