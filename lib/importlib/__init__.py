"""A minimal importlib for taipan: import_module, reload, invalidate_caches.

The import system itself is written in C (src/import.c); the hooks it exposes live in the
built-in module _imp (find_spec, exec_in, ModuleSpec and the loader classes).
"""
import sys
import _imp

__all__ = ["import_module", "invalidate_caches", "reload"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return base + "." + name if name else base


def import_module(name, package=None):
    """Import a module; a relative name ('.mod') is taken relative to `package`."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for ch in name:
            if ch != ".":
                break
            level += 1
    if level:
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Call invalidate_caches() of every finder on sys.meta_path that has one."""
    for finder in sys.meta_path:
        if hasattr(finder, "invalidate_caches"):
            finder.invalidate_caches()


def reload(module):
    """Run the module's source again in its own namespace and return it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module") from None
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    parent = name.rpartition(".")[0]
    if parent and parent not in sys.modules:
        raise ImportError(f"parent {parent!r} not in sys.modules", name=parent)
    spec = _imp.find_spec(name)
    if spec is None:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
    if spec.has_location:
        module.__spec__ = spec
        module.__loader__ = spec.loader
        _imp.exec_in(module, spec)
    return sys.modules[name]
