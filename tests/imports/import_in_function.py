def load():
    import mod_helper
    from mod_helper import greet as g
    return mod_helper.VALUE, g("func")
print("before calling load")
print(load())
print("mod_helper" in dir())
try:
    mod_helper
except NameError as e:
    print(type(e).__name__, e)
import sys
print("mod_helper" in sys.modules)
print(load())
