# Assigning __doc__ on a class recursed forever (set_doc -> type_setattr -> getset -> set_doc).
class A:
    pass
A.__doc__ = "new doc"
print(A.__doc__)
A.__doc__ = 5
print(A.__doc__)
class B:
    "old"
B.__doc__ = None
print(B.__doc__)
try:
    del B.__doc__
except TypeError as e:
    print(e)
