# sys's struct sequences and the import machinery's attributes are made on first need (start-up
# cost): reading other attributes first must not change what they are once looked at.
import sys

print(type(sys.argv).__name__, sys.maxsize > 2**31, callable(sys.exit))
from sys import getrecursionlimit, path
print(getrecursionlimit() > 0, type(path).__name__)
print("_imp" in sys.modules, [f.__name__ for f in sys.meta_path[-3:]])
print(type(sys.flags).__name__, sys.flags.optimize, sys.version_info[:1], sys.hash_info.width)
print(type(sys.stdlib_module_names).__name__, "os" in sys.stdlib_module_names)
print(sys.__spec__.name, sys.__loader__.__name__, repr(sys)[:20])
import builtins
print(builtins.__spec__.name, "print" in dir(builtins), "__spec__" in vars(builtins))
print(hasattr(sys, "no_such_thing"), getattr(sys, "__path__", "no __path__"))
