# PEP 604 unions are evaluated in annotations at def time.
def f(x: int | None = None) -> str | None:
    return None if x is None else str(x)
print(f(), f(3))
print(f.__annotations__)
print(int | str, int | None, (int | str) | bytes)
print(isinstance(1, int | str), isinstance(1.5, int | str))
print(issubclass(bool, int | None))
print((int | str) == (str | int), type(int | str).__name__)
class A:
    value: int | str = 5
print(A.__annotations__)
