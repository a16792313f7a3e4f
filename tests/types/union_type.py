# X | Y unions (PEP 604): types.UnionType
u = int | str
print(u, type(u), type(u).__name__, type(u).__module__, u.__args__, u.__parameters__)
print(int | None, None | int, (int | None).__args__, type(None) | int)
print(int | int, type(int | int), str | str | str)
print((int | str) | int, int | (int | str), (int | str) | (bytes | float), u | u)
print(int | list[int], list[int] | None, None | list[int], list[int] | list[int])
print(list[int] | list[str], dict[str, int] | int | None)
class A: pass
print(A | int, int | A)

# equality ignores order, hashing too
print(u == (str | int), u != (str | int), u == (int | bytes), u == int, u == (int, str))
print(hash(u) == hash(str | int), len({int | str, str | int, int | None}))

# isinstance / issubclass test each member
print(isinstance(3, int | str), isinstance("s", int | str), isinstance(3.0, int | str))
print(isinstance(None, int | None), isinstance(True, str | int))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(type(None), int | None))
print(isinstance(3, (float, int | str)), isinstance([], list | list[int]))
for f in (lambda: isinstance([], int | list[int]), lambda: issubclass(3, int | str),
          lambda: isinstance(1, 3), lambda: issubclass(int, 3)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

# unsupported operands
for a, b in ((int, 3), (3, int), (int, "str"), ("str", int), (list[int], 3), (int | str, 4),
             (None, None), (None, 3)):
    try:
        a | b
    except TypeError as e:
        print("TypeError:", e)
try:
    (int | str)[int]
except TypeError as e:
    print("TypeError:", e)

# annotations are evaluated at def time
def f(x: int | None = None) -> str | None:
    return None if x is None else str(x)
print(f(), f(3), f.__annotations__)
class B:
    value: int | str = 5
print(B.__annotations__)

# the operator is type.__or__ / __ror__
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 3), type.__or__)
print(int.__or__(5, 3), (int | str).__or__(bytes), (int | str).__or__(3))
class Meta(type):
    def __or__(cls, other):
        return "custom or"
class C(metaclass=Meta): pass
print(C | int, int | C)
