class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4))
print(square.calls)
def add_method(cls):
    cls.extra = lambda self: "extra from " + type(self).__name__
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())
def singleton(cls):
    inst = {}
    def get():
        if cls not in inst:
            inst[cls] = cls()
        return inst[cls]
    return get
@singleton
class Conf:
    pass
print(Conf() is Conf())
