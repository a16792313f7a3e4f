try:
    raise ExceptionGroup("group", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("msg", [KeyError("k"), OSError("o")])
print(eg, repr(eg.message), len(eg.exceptions))
match, rest = eg.split(KeyError)
print(type(match).__name__, match.exceptions, rest.exceptions)
try:
    try:
        raise ExceptionGroup("outer", [ValueError("x"), KeyError("y")])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as remaining:
    print("remaining:", remaining.exceptions)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
