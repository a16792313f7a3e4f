# types.GenericAlias (PEP 585): list[int], dict[str, list[int]], tuple[int, ...], type[int]
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], tuple[()])
print(set[str], frozenset[bytes], enumerate[int], list[int, str], list[list[list[float]]])
print(repr(list['x']), list[3], list[None], list[print], list[...])
class Local: pass
def fn(): pass
print(list[Local], dict[str, fn])

a = list[int]
print(type(a), type(a).__name__, type(a).__module__, type(a).__qualname__)
print(a.__origin__, a.__args__, a.__parameters__, dict[str, int].__args__, tuple[()].__args__)
print(a.__class__, a.__name__, a.__mro__, a.__doc__ == list.__doc__)
print(a.append is list.append or a.append == list.append)

# equality and hashing
print(a == list[int], a != list[int], a == list[str], a == list, a is list[int])
print(hash(a) == hash(list[int]), len({list[int], list[int], list[str]}))
print(dict[str, int] == dict[str, int], dict[str, int] == dict[int, str])

# calling creates the origin
print(a(), a((1, 2)), dict[str, int](x=1), tuple[int, ...]([1, 2]), set[int](), type[int](5))

# class statement bases go through __mro_entries__
class MyList(list[int]):
    pass
print(MyList.__mro__, MyList.__orig_bases__, MyList([3]))
print(a.__mro_entries__((a,)))

# isinstance / issubclass reject parameterized generics
for f in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
          lambda: isinstance([], (int, list[int]))):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance([], (list, list[int])), isinstance(a, type(a)))

# subscripting an alias without type variables
try:
    a[int]
except TypeError as e:
    print("TypeError:", e)

# user classes opt in with __class_getitem__
import types
class Box:
    __class_getitem__ = classmethod(types.GenericAlias)
b = Box[int]()
print(Box[int], Box[int].__origin__ is Box, b.__orig_class__)
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
for args in ((), (list,), (list, int, str)):
    try:
        types.GenericAlias(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    types.GenericAlias(list, int, x=1)
except TypeError as e:
    print("TypeError:", e)

# annotations are evaluated
def total(xs: list[int]) -> dict[str, int]:
    return {"sum": sum(xs)}
print(total.__annotations__)

# types without __class_getitem__
for t in (int, str, range):
    try:
        t[int]
    except TypeError as e:
        print("TypeError:", e)
print(hasattr(list, "__class_getitem__"), hasattr(int, "__class_getitem__"))
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)))

# iterating an alias gives the unpacked alias (PEP 646)
x = [*tuple[int]]
print(x, x[0].__unpacked__, x[0] == tuple[int], x[0].__typing_unpacked_tuple_args__, tuple[int].__typing_unpacked_tuple_args__)
print([*list[int]][0].__typing_unpacked_tuple_args__, hash(x[0]) == hash(tuple[int]), list[int].__unpacked__)
print(tuple[*tuple[int, ...]], list(iter(list[int])))
y = x[0]; print(list(y))
print(y(), y.__origin__, y.__args__)
class A(y): pass
print(A.__mro__)
