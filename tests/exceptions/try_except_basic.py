def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        print("cannot divide", a, "by zero")
        return None
    else:
        print("else branch, result", r)
        return r
    finally:
        print("finally for", a, b)
print(div(6, 3))
print(div(1, 0))
try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple handler", type(e).__name__)
try:
    {}["k"]
except LookupError as e:
    print("base handler", type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print("bare class raised:", repr(e), e.args)
try:
    int("x")
except Exception:
    print("no name bound")
