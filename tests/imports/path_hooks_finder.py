# sys.path_hooks: a hook that accepts a sys.path entry gives its path entry finder (cached in
# sys.path_importer_cache), asked find_spec(name, None) for that entry; ImportError from a hook
# means "not mine", and the other entries are searched as usual.
import sys
from importlib.machinery import ModuleSpec

class Loader:
    def create_module(self, spec): return None
    def exec_module(self, m): m.where = "hooked:" + m.__name__

class EntryFinder:
    def __init__(self, entry): self.entry = entry
    def find_spec(self, name, target=None):
        print("entry find", name, target)
        return ModuleSpec(name, Loader()) if name.startswith("hk_") else None

def hook(entry):
    if entry == "<hooked>":
        return EntryFinder(entry)
    raise ImportError("not mine")

sys.path_hooks.insert(0, hook)
sys.path.insert(0, "<hooked>")
import hk_one
print(hk_one.where)
print(type(sys.path_importer_cache["<hooked>"]).__name__)
import mod_meta_plain
print(mod_meta_plain.X)
try:
    import zz_missing_x
except ImportError as e:
    print("err", e)
