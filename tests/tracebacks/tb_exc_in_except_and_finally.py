def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        raise KeyError("third")
f()
