# importlib.import_module / reload / util.find_spec and module specs (__spec__, __loader__).
import sys
import importlib
import importlib.util
import importlib.machinery

print("main spec", __spec__, __name__)
m = importlib.import_module("mod_spec_reload")
print(m.runs, m.value, m is sys.modules["mod_spec_reload"])
print(importlib.reload(m) is m, m.runs, m.value)
print(importlib.reload(m).value)

spec = m.__spec__
print(type(spec).__name__, type(spec).__module__, spec.name, spec.parent == "", spec.has_location)
print(spec.origin == m.__file__, spec.submodule_search_locations, spec.loader is m.__loader__)
print(type(m.__loader__).__name__, m.__loader__.name)

pkg = importlib.import_module("pkg_imx_alpha")
leaf = importlib.import_module(".leaf", "pkg_imx_alpha")
print(leaf.__name__, leaf.__package__, leaf.__spec__.parent, pkg.__spec__.parent, pkg.__package__)
print(pkg.__spec__.submodule_search_locations == pkg.__path__, len(pkg.__path__))
deep = importlib.import_module("..leaf", "pkg_imx_alpha.sub")
print(deep is leaf)

for args in [(".leaf",), ("...x", "pkg_imx_alpha.sub"), ("",), ("no_such_mod_xyz",)]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

s = importlib.util.find_spec("pkg_imx_alpha.sub.deep")
print(s.name, s.parent, s.submodule_search_locations, "pkg_imx_alpha.sub.deep" in sys.modules)
print("pkg_imx_alpha.sub" in sys.modules)
print(importlib.util.find_spec("no_such_mod_xyz"), importlib.util.find_spec("pkg_imx_alpha.nope"))
print(importlib.util.find_spec("sys"), importlib.util.find_spec("sys") is sys.__spec__)
print(importlib.util.find_spec("mod_spec_reload") is m.__spec__)
print(importlib.util.resolve_name(".a", "p.q"), importlib.util.resolve_name("..a", "p.q"))
try:
    importlib.util.find_spec("mod_spec_reload.x")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.util.resolve_name(".a", None)
except ImportError as e:
    print(type(e).__name__, e)

new = importlib.util.module_from_spec(importlib.util.find_spec("pkg_imx_alpha.leaf"))
print(new.__name__, new.__package__, new is leaf, new.__file__ == leaf.__file__)
print(importlib.machinery.ModuleSpec is type(spec), importlib.machinery.SOURCE_SUFFIXES)
ms = importlib.machinery.ModuleSpec("x.y", None, origin="here")
print(ms, ms.parent, ms.has_location)
ms2 = importlib.machinery.ModuleSpec("pk", None, is_package=True)
print(ms2, ms2.parent, ms2 == importlib.machinery.ModuleSpec("pk", None, is_package=True))
print(sys.__spec__.origin, sys.__loader__.__name__, type(sys).__name__)
try:
    importlib.reload(42)
except TypeError as e:
    print(type(e).__name__, e)
print(importlib.reload(sys) is sys, importlib.reload(importlib) is importlib)
ns_spec = importlib.util.find_spec("pkg_imx_ns")
print(ns_spec.origin, ns_spec.has_location, type(ns_spec.loader).__name__)
try:
    importlib.reload(type(sys)("not_registered"))
except ImportError as e:
    print(type(e).__name__, e, e.name)
