class Outer:
    class Inner:
        pass
    def method(self):
        pass
print(Outer.__name__, Outer.Inner.__name__, Outer.Inner.__qualname__)
print(repr(Outer), repr(Outer.Inner), str(Outer))
print(repr(int), repr(type), repr(object), repr(type(None)))
print(Outer.method.__qualname__)
def f():
    class Local:
        pass
    return Local
print(f().__qualname__, repr(f()))
print(type(Outer()).__name__)
print(repr(ValueError), ZeroDivisionError.__name__)
