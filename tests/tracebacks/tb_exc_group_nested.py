def a():
    raise ValueError("inner a")
def b():
    errors = []
    for fn in (a,):
        try:
            fn()
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("outer", [ExceptionGroup("inner", errors), TypeError("t")])
b()
