try:
    import mod_does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
    print(e.name)
try:
    from mod_helper import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
    print(e.name)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import mod_raises
except ValueError as e:
    print(type(e).__name__, e)
import sys
print("mod_raises" in sys.modules)
