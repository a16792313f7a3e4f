# warnings.warn_explicit: module names from file names, registries (version reset when the
# filters change), module_globals, and NotImplemented in a boolean context (a DeprecationWarning
# the interpreter itself issues).
import sys
import warnings

sys.stderr = sys.stdout
reg = {}
warnings.warn_explicit("explicit", UserWarning, "some/file.py", 3, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "some/file.py", 3, registry=reg)
print(sorted(reg.items(), key=str))
warnings.warn_explicit("no registry", UserWarning, "other.txt", 0)
warnings.warn_explicit("no registry", UserWarning, "other.txt", 0)
warnings.warn_explicit(UserWarning("inst"), RuntimeWarning, "", 1)
try:
    warnings.warn_explicit("lineno as str", UserWarning, "f.py", "12")
except TypeError as e:
    print("TypeError", e)
try:
    warnings.warn_explicit("bad registry", UserWarning, "f.py", 1, registry=[])
except TypeError as e:
    print("TypeError", e)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    warnings.filters.insert(0, ("ignore", None, UserWarning, "some/file", 0))
    warnings.warn_explicit("module filter (plain str)", UserWarning, "some/file.py", 4)
    try:
        warnings.warn_explicit("module filter", UserWarning, "some/other.py", 4)
    except UserWarning as e:
        print("raised", e)
print(reg.get("version") is not None)
warnings.warn_explicit("explicit", UserWarning, "some/file.py", 3, registry=reg)  # filters changed
print(bool(NotImplemented))
if NotImplemented:
    print("truthy")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        not NotImplemented
    except DeprecationWarning as e:
        print("DeprecationWarning", e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    NotImplemented.__bool__()
print(log[0].category.__name__, log[0].message, log[0].lineno)
