print("start")
def later():
    return helper() * 2
def helper():
    return 21
print(later())
class A:
    print("class body runs at definition")
    attr = 1
print("after class")
def default_time(x=print("default evaluated") or 1):
    return x
print(default_time())
print(default_time(5))
def deco(f):
    print("decorating", f.__name__)
    return f
@deco
def g():
    pass
print("end")
