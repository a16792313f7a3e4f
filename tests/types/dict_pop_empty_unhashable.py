# On an EMPTY dict, CPython's pop() raises KeyError before hashing the key.
d = {}
for key in ([], {}, {1}):
    try:
        d.pop(key)
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(d.pop([], "default"))
try:
    {1: 2}.pop([])
except TypeError as e:
    print("TypeError", e)
