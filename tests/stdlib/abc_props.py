# abc: abstract properties, classmethods, staticmethods and the deprecated aliases
import abc
from abc import ABC, abstractmethod


class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...

    @property
    def concrete(self):
        return "c"


print(sorted(Base.__abstractmethods__))
print(Base.__dict__["name"].__isabstractmethod__, Base.__dict__["concrete"].__isabstractmethod__)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42


i = Impl.make()
print(i.name, i.concrete, Impl.helper(), sorted(Impl.__abstractmethods__))


# Property with an abstract setter only
class Setter(ABC):
    def _get(self):
        return 1

    @abstractmethod
    def _set(self, v):
        ...

    x = property(_get, _set)


print(sorted(Setter.__abstractmethods__))


class Old(ABC):
    @abc.abstractproperty
    def p(self):
        ...

    @abc.abstractclassmethod
    def c(cls):
        ...

    @abc.abstractstaticmethod
    def s():
        ...


print(sorted(Old.__abstractmethods__))
print(isinstance(Old.__dict__["p"], property), isinstance(Old.__dict__["c"], classmethod),
      isinstance(Old.__dict__["s"], staticmethod))
try:
    Old()
except TypeError as e:
    print("TypeError:", e)


class OldImpl(Old):
    p = 1

    @classmethod
    def c(cls):
        return "c"

    @staticmethod
    def s():
        return "s"


print(OldImpl().p, OldImpl.c(), OldImpl.s(), sorted(OldImpl.__abstractmethods__))


# update_abstractmethods after the class exists
class Late(ABC):
    @abstractmethod
    def go(self):
        ...


Late.go = lambda self: "went"
print(sorted(Late.__abstractmethods__))
print(abc.update_abstractmethods(Late) is Late, sorted(Late.__abstractmethods__), Late().go())


def stop(self):
    ...


Late.stop = abstractmethod(stop)
abc.update_abstractmethods(Late)
print(sorted(Late.__abstractmethods__))
try:
    Late()
except TypeError as e:
    print("TypeError:", e)


class NotAbc:
    pass


print(abc.update_abstractmethods(NotAbc) is NotAbc, hasattr(NotAbc, "__abstractmethods__"))
