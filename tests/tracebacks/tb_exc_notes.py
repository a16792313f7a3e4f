def f():
    e = ValueError("with notes")
    e.add_note("first note")
    e.add_note("second\nmultiline note")
    raise e
f()
