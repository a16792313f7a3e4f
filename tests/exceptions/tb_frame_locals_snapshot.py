# f_locals of frames that finished while an exception passed through them: a snapshot of the
# bound locals, cell and free variables at the time the frame ended (unbound names left out).
def f(a, b=2):
    x = 1
    y = [a]
    def g():
        return x + z
    z = 5
    del b
    unbound_later = None
    del unbound_later
    raise ValueError(a)

def h():
    q = 9
    def inner():
        nonlocal q
        w = q
        q = 10
        raise KeyError(w)
    try:
        inner()
    finally:
        q = 11            # after inner's frame ended: inner's snapshot keeps q == 10

def show(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__.tb_next
        while tb:
            fr = tb.tb_frame
            fl = fr.f_locals
            print(fr.f_code.co_name, sorted((k, repr(v)) for k, v in fl.items()
                                            if not k.startswith("<") and "function" not in repr(v)),
                  fl is fr.f_locals)
            tb = tb.tb_next

show(lambda: f(3))
show(h)
show(lambda: [1][5])

