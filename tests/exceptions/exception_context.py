try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise KeyError("a")
    finally:
        pass
except KeyError as e:
    print("context of plain", e.__context__)
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            int("z")
        except ValueError as inner:
            return inner
err = f()
print(type(err).__name__, type(err.__context__).__name__)
try:
    try:
        raise OSError("io")
    except OSError as e1:
        try:
            raise KeyError("k")
        except KeyError as e2:
            raise IndexError("i")
except IndexError as e:
    print(type(e.__context__).__name__, type(e.__context__.__context__).__name__)
