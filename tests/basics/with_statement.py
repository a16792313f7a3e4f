class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False
with CM("a") as v:
    print("body", v)
with CM("x") as x, CM("y") as y:
    print("both", x, y)
try:
    with CM("err"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("suppressing", a[0].__name__)
        return True
with Suppress():
    1 / 0
print("after suppress")
def f():
    with CM("ret"):
        return "returned"
print(f())
