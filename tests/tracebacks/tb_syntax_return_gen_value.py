def f():
    x = yield
    return x
print(f)
class C:
    yield 1
