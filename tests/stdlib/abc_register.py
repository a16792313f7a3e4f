# abc: register, isinstance/issubclass with __subclasshook__, cache token
import abc
from abc import ABC, ABCMeta, abstractmethod


class Sized(ABC):
    @abstractmethod
    def __len__(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


print(issubclass(list, Sized), isinstance("abc", Sized), isinstance(3, Sized))
print(issubclass(int, Sized))


class Child(Sized):
    def __len__(self):
        return 0


print(issubclass(Child, Sized), issubclass(Child, Child), issubclass(list, Child))


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Sub(Never):
    pass


print(issubclass(Sub, Never), isinstance(Sub(), Never), issubclass(int, Never))


class Always(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True


print(issubclass(int, Always), isinstance(None, Always))


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)


# register
class Sequence(ABC):
    pass


class MyList:
    pass


tok = abc.get_cache_token()
print(issubclass(MyList, Sequence), isinstance(MyList(), Sequence))
r = Sequence.register(MyList)
print(r is MyList, abc.get_cache_token() != tok)
print(issubclass(MyList, Sequence), isinstance(MyList(), Sequence))
print(Sequence.register(MyList) is MyList)


class MyListChild(MyList):
    pass


print(issubclass(MyListChild, Sequence), issubclass(Sequence, MyList))


@Sequence.register
class Decorated:
    pass


print(Decorated.__name__, issubclass(Decorated, Sequence), isinstance(Decorated(), Sequence))
Sequence.register(tuple)
print(isinstance((1, 2), Sequence), issubclass(bool, Sequence), issubclass(int, Sequence))


class SubSeq(Sequence):
    pass


SubSeq.register(dict)
print(issubclass(dict, Sequence), issubclass(dict, SubSeq), issubclass(tuple, SubSeq))

try:
    Sequence.register(3)
except TypeError as e:
    print("TypeError:", e)

try:
    SubSeq.register(Sequence)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    issubclass(3, Sequence)
except TypeError as e:
    print("TypeError:", e)

print(isinstance(3, (Sequence, int)), issubclass(float, (Sequence, Sized)))


# A registered ABC chain
class Top(ABC):
    pass


class Mid(ABC):
    pass


Top.register(Mid)
Mid.register(float)
print(issubclass(float, Top), isinstance(1.5, Top), issubclass(int, Top))


# Registering with the metaclass keyword form
class Proto(metaclass=ABCMeta):
    pass


Proto.register(str)
print(isinstance("s", Proto), isinstance(b"s", Proto), type(abc.get_cache_token()).__name__)


# __class__ differing from type(): both are tried
class Liar:
    @property
    def __class__(self):
        return MyList


print(isinstance(Liar(), Sequence), isinstance(Liar(), Never))

# Negative results are recomputed after a registration
class Later:
    pass


print(issubclass(Later, Sequence))
Sequence.register(Later)
print(issubclass(Later, Sequence))
Sequence._abc_registry_clear()
Sequence._abc_caches_clear()
print(issubclass(Later, Sequence), issubclass(MyList, Sequence), issubclass(tuple, SubSeq))
