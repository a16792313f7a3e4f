# Where a relative import starts (CPython's resolve_name): __package__, checked against
# __spec__.parent (ImportWarning if they differ); else __spec__.parent; else, with an
# ImportWarning, __name__ (or its parent unless __path__ says it is a package). The errors for
# bad globals, and what each case imports.
import types
import warnings


class Spec:
    def __init__(self, parent):
        self.parent = parent


def attempt(label, g, level=1, name="x"):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        try:
            r = __import__(name, g, None, [], level)
            out = r.__name__
        except Exception as e:
            out = "%s: %s" % (type(e).__name__, e)
    print(label, "->", out, [(w.category.__name__, str(w.message)) for w in log])


attempt("package", {"__package__": "json_pkg_none", "__name__": "m"})
attempt("package os", {"__package__": "os", "__name__": "m"}, name="path")
attempt("package + same spec", {"__package__": "os", "__spec__": Spec("os")}, name="path")
attempt("package + other spec", {"__package__": "os", "__spec__": Spec("elsewhere")}, name="path")
attempt("spec only", {"__spec__": Spec("os"), "__name__": "ignored"}, name="path")
attempt("spec parent not str", {"__spec__": Spec(5)})
attempt("spec without parent", {"__spec__": object()})
attempt("name only", {"__name__": "os.fake"}, name="path")
attempt("name of a package", {"__name__": "os", "__path__": []}, name="path")
attempt("top-level name", {"__name__": "toplevel"})
attempt("name not str", {"__name__": 5})
attempt("no name", {})
attempt("package None", {"__package__": None, "__name__": "os.fake"}, name="path")
attempt("package not str", {"__package__": 5})
attempt("empty package", {"__package__": ""})
attempt("too far up", {"__package__": "os"}, level=3)
attempt("globals not dict", [1])
attempt("globals None", None)
attempt("level 2", {"__package__": "a.b.c"}, level=2, name="zzz_missing")
with warnings.catch_warnings():
    warnings.simplefilter("error", ImportWarning)
    try:
        __import__("path", {"__name__": "os.fake"}, None, [], 1)
    except ImportWarning as e:
        print("as error:", e)
g = {"__name__": "__main__"}
exec("try:\n    from . import x\nexcept ImportError as e:\n    print('exec:', e)", g)
print(types.ModuleType("m").__spec__, __spec__, __package__)
