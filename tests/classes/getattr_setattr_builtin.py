class Obj:
    pass
o = Obj()
setattr(o, "name", "val")
print(getattr(o, "name"), o.name, hasattr(o, "name"))
print(getattr(o, "nope", None), hasattr(o, "nope"))
delattr(o, "name")
print(hasattr(o, "name"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
setattr(Obj, "cls_attr", 3)
print(o.cls_attr, getattr(Obj, "cls_attr"))
print(getattr("abc", "upper")(), getattr(5, "real"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
