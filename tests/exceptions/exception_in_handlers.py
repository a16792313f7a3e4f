try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("in handler")
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    try:
        raise ValueError("body")
    finally:
        print("finally runs, exception pending")
except ValueError as e:
    print("after finally", e)
try:
    try:
        raise ValueError("from try")
    finally:
        raise TypeError("from finally")
except TypeError as e:
    print(repr(e), repr(e.__context__))
