"""importlib.util for taipan: find_spec, resolve_name, module_from_spec."""
import sys
import _imp
from importlib import _resolve_name

__all__ = ["find_spec", "module_from_spec", "resolve_name"]


def resolve_name(name, package):
    """The absolute name of `name`, which may be relative to `package`."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {repr(name)} "
                          "(required for relative module names)")
    level = 0
    for ch in name:
        if ch != ".":
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of module `name` without running it (parent packages are imported), the
    __spec__ of an already imported module, or None if it cannot be found."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f"{name}.__spec__ is not set") from None
        if spec is None:
            raise ValueError(f"{name}.__spec__ is None")
        return spec
    parent_name = fullname.rpartition(".")[0]
    path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=["__path__"])
        try:
            path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} while trying to find "
                f"{fullname!r}", name=fullname) from e
    # the finders on sys.meta_path in turn, as the import statement asks them
    for finder in sys.meta_path:
        find = getattr(finder, "find_spec", None)
        if find is None:
            continue
        spec = find(fullname, path, None)
        if spec is not None:
            return spec
    return None


def module_from_spec(spec):
    """A new, not yet executed module for `spec`, with its import attributes set."""
    module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        module.__cached__ = None
    return module
