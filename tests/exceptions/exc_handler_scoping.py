e = "outer"
try:
    raise ValueError("v")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as ex:
    print("NameError", ex)
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err
try:
    f()
except UnboundLocalError as ex:
    print("UnboundLocalError", ex)
def g():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    return repr(saved)
print(g())
try:
    try:
        raise ValueError("a")
    except (TypeError, ValueError) as e2:
        print("tuple catch", type(e2).__name__)
        raise
except Exception as outer:
    print("reraised", repr(outer))
catch = (KeyError, IndexError)
try:
    [][0]
except catch as e3:
    print("dynamic tuple", type(e3).__name__)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e4:
    print("TypeError", e4)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print("first element matched")
except TypeError as e5:
    print("TypeError", e5)
import sys
print(sys.exc_info())
try:
    raise KeyError(1)
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
    try:
        raise ValueError(2)
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
