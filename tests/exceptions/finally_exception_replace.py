def f():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    f()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)
    print(e.__cause__, e.__suppress_context__)
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
try:
    g()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def h():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("r") from z
try:
    h()
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
def i():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("r") from None
try:
    i()
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
def j():
    e = ValueError("saved")
    try:
        raise KeyError("inner")
    except KeyError:
        raise e
try:
    j()
except ValueError as e:
    print(repr(e), repr(e.__context__))
def k():
    try:
        raise ValueError("v")
    except ValueError as e:
        try:
            raise
        finally:
            print("reraise fin")
try:
    k()
except ValueError as e:
    print("k", repr(e), e.__context__)
