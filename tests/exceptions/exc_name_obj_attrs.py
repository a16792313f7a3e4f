# NameError.name, AttributeError.name / .obj set by the interpreter
try:
    undefined_thing
except NameError as e:
    print("NameError.name", e.name)
def f():
    return missing_local
try:
    f()
except NameError as e:
    print("NameError.name", e.name)
class A:
    pass
a = A()
try:
    a.nope
except AttributeError as e:
    print("AttributeError.name", e.name, e.obj is a)
try:
    "x".uper
except AttributeError as e:
    print("AttributeError.name", e.name, e.obj)
try:
    A.cls_missing
except AttributeError as e:
    print("AttributeError.name", e.name, e.obj is A)
e = AttributeError("manual")
print(e.name, e.obj)
e = AttributeError("manual", name="n", obj=5)
print(e.name, e.obj)
e = NameError("n", name="zz")
print(e.name)
