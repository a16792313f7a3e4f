# The function type can be called like types.FunctionType(code, globals, name, argdefs, closure).
def f():
    pass
FunctionType = type(f)
for args in [(), (f.__code__,), (1, {}), (f.__code__, 1), (f.__code__, {}, 1),
             (f.__code__, {}, "n", 1), (f.__code__, {}, "n", (1,), 5)]:
    try:
        g = FunctionType(*args)
        print(g.__name__, g.__defaults__)
    except Exception as e:
        print(type(e).__name__, e)
def outer():
    x = 41
    def inner(y=1):
        return x + y
    return inner
c = outer().__code__
try:
    FunctionType(c, {})
except Exception as e:
    print(type(e).__name__, e)
g = FunctionType(c, {"__name__": "m"}, "g", (2,), outer().__closure__)
print(g(), g.__name__, g.__qualname__, g.__defaults__, g.__module__)
h = FunctionType(f.__code__, globals())
print(h(), h.__name__)
