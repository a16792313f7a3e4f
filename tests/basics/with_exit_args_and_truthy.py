class CM:
    def __init__(self, ret): self.ret = ret
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("exit:", et.__name__ if et else None, repr(ev), type(tb).__name__)
        return self.ret
for ret in (None, 0, 1, "yes", [], [0]):
    try:
        with CM(ret):
            raise KeyError("k")
        print("suppressed by", repr(ret))
    except KeyError:
        print("propagated with", repr(ret))
def f():
    with CM(True):
        return "returned"
print(f())
def g():
    for i in range(3):
        with CM(False):
            if i == 1:
                break
    return i
print(g())
def h():
    with CM(True):
        1 / 0
    return "after suppressed"
print(h())
class Enter:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with Enter():
        print("body should not run")
except ValueError as e:
    print(e)
