o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
print(object.__name__, object.__bases__, int.__bases__, bool.__bases__)
print(callable(object.__init__), hasattr(object, "__init__"))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(str(o).startswith("<object object at"), repr(o) == str(o))
print(issubclass(type, object), isinstance(object, type))
