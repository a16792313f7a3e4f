# plain modules: caching, attributes, from-import, aliases, errors
import mod_imx_helper
import mod_imx_helper as again
print(mod_imx_helper is again, mod_imx_helper.VALUE, mod_imx_helper.greet("x"), mod_imx_helper.__name__)
print(mod_imx_helper.__doc__, mod_imx_helper.__file__.endswith("tests/imports/mod_imx_helper.py"))
from mod_imx_helper import VALUE, greet as g
print(VALUE, g("y"))
import sys
print("mod_imx_helper" in sys.modules, sys.modules["mod_imx_helper"] is mod_imx_helper)
print(repr(mod_imx_helper).startswith("<module 'mod_imx_helper' from '"), repr(sys), repr(sys.modules["builtins"]))
from mod_imx_star import *
print(public, also, "hidden" in dir())
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from mod_imx_helper import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).replace(mod_imx_helper.__file__, "FILE"), e.name)
try:
    import mod_imx_helper.sub
except ModuleNotFoundError as e:
    print(e)
try:
    mod_imx_helper.nothing
except AttributeError as e:
    print(e)
