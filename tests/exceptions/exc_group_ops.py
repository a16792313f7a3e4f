# ExceptionGroup construction, str, split, subgroup, derive
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(str(ExceptionGroup("one", [KeyError("k")])))
print(type(BaseExceptionGroup("m", [ValueError()])).__name__, type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
for args in [("m", [KeyboardInterrupt()]), ("m", []), ("m", 1), (1, [ValueError()]), ("m",), ("m", [1])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
nested = ExceptionGroup("outer", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
match, rest = nested.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(nested.subgroup(lambda e: isinstance(e, KeyError))))
print(nested.subgroup(OSError), nested.split((ValueError, TypeError, KeyError))[1])
print(nested.split(lambda e: True)[0] is nested)
try:
    nested.split(3)
except TypeError as err:
    print(err)
d = nested.derive([ZeroDivisionError()])
print(repr(d))
nested.add_note("a note")
m2, _ = nested.split(ValueError)
print(m2.__notes__)
try:
    try:
        raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
    except* ValueError as g:
        print("caught", repr(g))
except* TypeError as g:
    print("outer caught", repr(g))
