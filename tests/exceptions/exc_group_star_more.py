def raiser():
    raise ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
try:
    raiser()
except* ValueError as eg:
    print("values", repr(eg))
except* (TypeError, KeyError) as eg:
    print("others", repr(eg))
try:
    try:
        raiser()
    except* ValueError:
        print("handled values only")
except ExceptionGroup as rest:
    print("rest", repr(rest))
eg = ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(KeyError))
print(repr(eg.derive([KeyError(9)])))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        raise KeyError("from handler")
except KeyError as k:
    print("KeyError escaped", repr(k), type(k.__context__).__name__)
except ExceptionGroup as g:
    print("group", repr(g))
