def risky():
    raise ValueError("original")
try:
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise
except ValueError as e:
    print("outer got", e)
try:
    try:
        risky()
    except ValueError as e:
        raise e
except ValueError as e:
    print("raise e:", e)
def handler():
    try:
        raise KeyError("k")
    except KeyError:
        pass
    try:
        raise
    except RuntimeError as e:
        print(type(e).__name__, e)
handler()
try:
    raise TypeError("t")
except TypeError as e:
    saved = e
print(type(saved).__name__)
try:
    raise saved
except TypeError as e:
    print("re-raised saved", e is saved)
