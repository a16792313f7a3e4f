# mappingproxy refuses |= (without __ior__ it would rebind the name to the dict `p | d`), while
# | makes a new dict.
import types

p = types.MappingProxyType({"a": 1})
q = p
for other in ({"b": 2}, 1, p):
    try:
        p |= other
    except TypeError as e:
        print("TypeError", e)
print(p is q, p)
print(p | {"b": 2}, {"z": 0} | p)
print("__ior__" in dir(p), "__iand__" in dir(p), hasattr(p, "__ior__"))
try:
    p.__ior__({})
except TypeError as e:
    print("TypeError", e)
tp = type.__dict__
try:
    tp |= {}
except TypeError as e:
    print("TypeError", e)
print(type(tp).__name__)
