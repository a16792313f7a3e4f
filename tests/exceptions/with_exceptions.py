class Tracker:
    def __init__(self, suppress=False):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit:", exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with Tracker():
    print("no error")
try:
    with Tracker():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with Tracker(suppress=True):
    raise ValueError("swallowed")
print("continued")
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with BadEnter():
        print("never")
except OSError as e:
    print(repr(e))
