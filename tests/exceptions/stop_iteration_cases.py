it = iter([])
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
def gen():
    yield 1
    raise StopIteration("inside generator")
try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def gen2():
    return 5
    yield
g = gen2()
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)
print(next(iter([]), "default"))
class Finite:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
print(list(Finite()), [x for x in Finite()])
