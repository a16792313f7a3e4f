try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e:
    print(e.__context__)
e1 = ValueError(1)
e2 = KeyError(2)
try:
    try:
        raise e1
    except ValueError:
        try:
            raise e2
        except KeyError:
            raise e1
except ValueError as e:
    print(repr(e.__context__), repr(e2.__context__))
try:
    try:
        raise TypeError("t")
    except TypeError as t:
        exc = t
        raise ValueError("v")
except ValueError as v:
    print(v.__context__ is exc)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError from 1
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
