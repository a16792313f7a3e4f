try:
    raise ValueError("base")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second note")
    print(e.__notes__)
    print(str(e))
try:
    ValueError().add_note(5)
except TypeError as e:
    print(type(e).__name__, e)
e = KeyError("k")
print(hasattr(e, "__notes__"))
