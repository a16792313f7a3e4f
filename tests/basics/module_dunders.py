"""Module docstring here."""
import sys
print(__name__, __doc__)
print(__file__.endswith("module_dunders.py"))
print(type(__builtins__).__name__)
print(__spec__, __package__)
print(sorted(k for k in globals() if k.startswith("__")))
print(sys.modules["__main__"].__name__, "sys" in sys.modules)
def f():
    "function doc"
    pass
print(f.__doc__, f.__module__, f.__name__)
class C:
    "class doc"
print(C.__doc__, C.__module__)
class D:
    x = 1
print(D.__doc__)
print(__debug__)
