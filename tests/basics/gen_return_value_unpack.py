# Unpacking / `in` / star-args over a generator that returns a value.
def r():
    yield 1
    return "v"
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
def unpack():
    a, = r()
    return a
def star_unpack():
    a, *b = r()
    return a, b
attempt("unpack", unpack)
attempt("star_unpack", star_unpack)
attempt("in", lambda: 5 in r())
attempt("call*", lambda: (lambda *a: a)(*r()))
attempt("list display", lambda: [*r()])
attempt("set display", lambda: {*r()})
attempt("for", lambda: [x for x in r()])
