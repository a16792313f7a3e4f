# Three chained exceptions: context then cause.
def inner():
    return 1 / 0
def middle():
    try:
        inner()
    except ZeroDivisionError:
        [].pop()
def outer():
    try:
        middle()
    except IndexError as e:
        raise RuntimeError("outer failed") from e
print("running")
outer()
