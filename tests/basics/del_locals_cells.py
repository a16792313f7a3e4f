def f():
    x = 1
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
f()
def g():
    x = 1
    def inner():
        return x
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    x = 2
    print(inner())
g()
def h():
    try:
        del y
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    y = 0
h()
z = 5
del z
try:
    z
except NameError as e:
    print("NameError", e)
try:
    del z
except NameError as e:
    print("NameError", e)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
lst = [0, 1, 2, 3, 4]
del lst[1:3], lst[0]
print(lst)
class A:
    pass
a = A()
a.q = 1
del a.q
try:
    del a.q
except AttributeError as e:
    print("AttributeError", e)
