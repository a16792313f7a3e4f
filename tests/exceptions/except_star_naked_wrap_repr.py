# except* wraps a naked exception in ExceptionGroup('', (exc,)) -- built from a tuple
try:
    raise ValueError("naked")
except* ValueError as eg:
    print(repr(eg))
    print(repr(eg.exceptions), eg.message == "")
try:
    try:
        raise KeyError("k")
    except* ValueError:
        pass
except KeyError as e:
    print("unmatched naked exception propagates unwrapped:", repr(e))
