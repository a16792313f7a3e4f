class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.v + o.v)
        if isinstance(o, int):
            return Money(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd called with", o)
        return self.__add__(o)
    def __repr__(self):
        return f"Money({self.v})"
print(Money(1) + Money(2), Money(1) + 5, 5 + Money(1))
print(sum([Money(1), Money(2), Money(3)]))
try:
    Money(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + Money(1)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Money):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(Money(1) + Sub(2))
class L:
    def __lt__(self, o):
        return "L.lt"
    def __gt__(self, o):
        return "L.gt"
print(L() < 1, 1 < L(), 1 > L())
