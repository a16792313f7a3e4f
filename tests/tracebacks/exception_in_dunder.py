# Exception raised from an operator dunder method.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a = Vec(1, 2)
print(a + Vec(3, 4))
print("adding an int")
print(a + 5)
