# abc: abstract methods, instantiation errors, __abstractmethods__ contents
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


print(sorted(Shape.__abstractmethods__))
print(type(Shape.__abstractmethods__).__name__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1


print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


sq = Square(3)
print(sorted(Square.__abstractmethods__), sq.describe(), sq.perimeter())
print(isinstance(sq, Shape), issubclass(Square, Shape), isinstance(Shape, ABCMeta))
print(type(Shape) is ABCMeta, type(ABC) is ABCMeta, ABC.__slots__)


# Re-abstracting a concrete method in a subclass
class Again(Square):
    @abstractmethod
    def area(self):
        ...


print(sorted(Again.__abstractmethods__))


# Overriding with a non-callable still counts as implemented
class Attr(Shape):
    area = 5
    perimeter = None


print(sorted(Attr.__abstractmethods__), Attr().area)


# Metaclass keyword instead of ABC base
class M(metaclass=ABCMeta):
    @abstractmethod
    def z(self): ...

    @abstractmethod
    def a(self): ...

    @abstractmethod
    def m(self): ...


print(sorted(M.__abstractmethods__))
try:
    M()
except TypeError as e:
    print("TypeError:", e)


# A class with no abstract methods
class Empty(ABC):
    pass


print(Empty.__abstractmethods__ == frozenset(), type(Empty()).__name__)

# abstractmethod marks the function
def f(): pass
print(abstractmethod(f) is f, f.__isabstractmethod__)


# Multiple inheritance: abstract names from every base
class A1(ABC):
    @abstractmethod
    def one(self): ...


class A2(ABC):
    @abstractmethod
    def two(self): ...


class Both(A1, A2):
    def one(self): return 1


print(sorted(Both.__abstractmethods__))
try:
    Both()
except TypeError as e:
    print("TypeError:", e)


# Non-ABC classes have no __abstractmethods__
class Plain:
    pass


print(hasattr(Plain, "__abstractmethods__"))
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)


# __init_subclass__ keywords pass through ABCMeta.__new__
class Base(ABC):
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Tagged(Base, tag="t"):
    pass


print(Tagged.tag)
print(sorted(n for n in dir(abc) if not n.startswith("_") and n not in ("get_cache_token",)))
