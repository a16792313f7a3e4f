# A finder on sys.meta_path: find_spec(name, path, target) is asked before the built-in path
# search; its spec's loader creates (create_module) and runs (exec_module) the module. The
# default finders are on sys.meta_path in CPython's classes.
import sys
import importlib.util
from importlib.machinery import ModuleSpec

print([f.__module__ + "." + f.__name__ for f in sys.meta_path[-3:]])

calls = []


class Loader:
    def create_module(self, spec):
        calls.append(("create", spec.name))
        return None

    def exec_module(self, module):
        calls.append(("exec", module.__name__))
        module.value = module.__name__.upper()
        module.seen_spec = module.__spec__.name
        if module.__name__ == "virt_fail":
            raise ValueError("exec failed")


class Finder:
    def find_spec(self, name, path, target=None):
        calls.append(("find", name, path if path is None else list(path)))
        if name.startswith("virt"):
            return ModuleSpec(name, Loader(), origin="virtual")
        if name == "virtpkg_real":
            return None
        return None


finder = Finder()
sys.meta_path.insert(0, finder)

import virt_a
print(virt_a.value, virt_a.seen_spec, virt_a.__loader__.__class__.__name__)
print(virt_a.__spec__.origin, hasattr(virt_a, "__file__"), virt_a.__package__ == "")
print(sys.modules["virt_a"] is virt_a)
print(calls)
calls.clear()

import virt_a as again  # cached: no finder call
print(again is virt_a, calls)

try:
    import virt_fail
except ValueError as e:
    print("ValueError", e, "virt_fail" in sys.modules)
calls.clear()

# not ours: the finder says None and the normal search goes on
import mod_meta_plain
print(calls[0][:2], mod_meta_plain.X)
calls.clear()

# a finder placed after PathFinder is asked only for what the path search cannot find
sys.meta_path.remove(finder)
sys.meta_path.append(finder)
import virt_b
print(virt_b.value, [c[:2] for c in calls])
calls.clear()

try:
    import nowhere_at_all_mod
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, [c[:2] for c in calls])

# importlib.util.find_spec asks the finders too
print(importlib.util.find_spec("virt_c").origin)


# a module object of the loader's own making
class MakeLoader:
    def create_module(self, spec):
        m = type(sys)(spec.name)
        m.made = True
        return m

    def exec_module(self, module):
        module.ran = True


class MakeFinder:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        return ModuleSpec(name, MakeLoader()) if name == "made_mod" else None


sys.meta_path.insert(0, MakeFinder)
import made_mod
print(made_mod.made, made_mod.ran, made_mod.__name__, made_mod.__loader__.__class__.__name__)

# an exec_module without create_module
class HalfLoader:
    def exec_module(self, module):
        pass


class HalfFinder:
    def find_spec(self, name, path=None, target=None):
        return ModuleSpec(name, HalfLoader()) if name == "half_mod" else None


sys.meta_path.insert(0, HalfFinder())
try:
    import half_mod
except ImportError as e:
    print(type(e).__name__, e)

# a package of the finder's own: its submodules are found with path = the package's __path__
class PkgFinder:
    def find_spec(self, name, path=None, target=None):
        if name == "vpkg":
            spec = ModuleSpec(name, Loader(), is_package=True)
            spec.submodule_search_locations.append("<vpkg>")
            return spec
        if name.startswith("vpkg."):
            print("sub find", name, path)
            return ModuleSpec(name, Loader())
        return None


sys.meta_path.insert(0, PkgFinder())
import vpkg.sub
print(vpkg.__path__, vpkg.__package__, vpkg.sub.__package__, vpkg.sub.value)
print(type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
