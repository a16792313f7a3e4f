d = {}
try:
    d["x"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    {1: 2}[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1, 2]] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {"a": 1}[{}]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
dd = {"a": 1}
try:
    for k in dd:
        dd["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    d[""] 
except KeyError as e:
    print(repr(e), str(e))
