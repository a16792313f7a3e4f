def g():
    try:
        yield 1
    except KeyError:
        yield 2 / 0
it = g()
next(it)
it.throw(KeyError("k"))
