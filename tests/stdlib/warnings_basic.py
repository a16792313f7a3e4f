# warnings.warn: categories, the default display (file:line: Category: message, then the source
# line), stacklevel, the per-module registry ("default" shows a message once per location), the
# default filters (DeprecationWarning shown only for __main__), and bad arguments.
import sys
import warnings

sys.stderr = sys.stdout  # one stream, so the order is the order of events


def f(msg, **kw):
    warnings.warn(msg, **kw)


warnings.warn("plain")
warnings.warn("user", UserWarning)
warnings.warn("runtime", RuntimeWarning)
warnings.warn(RuntimeWarning("an instance"))
warnings.warn(5)
for i in range(3):
    warnings.warn("in a loop")  # default action: once for this line
for i in range(2):
    warnings.warn("loop %d" % i)  # distinct texts: each shown
f("from f")
f("level 2", stacklevel=2)
f("level 0", stacklevel=0)
f("level -5", stacklevel=-5)
f("level 99", stacklevel=99)
warnings.warn("dep in main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)  # ignored by default
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("bytes", BytesWarning)
warnings.warn("future", FutureWarning)
warnings.warn("syntax", SyntaxWarning)
warnings.warn("unicode", UnicodeWarning)


class MyWarning(UserWarning):
    pass


warnings.warn("mine", MyWarning)
warnings.warn(MyWarning("mine as instance"), RuntimeWarning)  # the instance's class wins

for args, kw in [((), {}), (("x", 5), {}), (("x", int), {}), (("x", "UserWarning"), {}),
                 (("x",), {"stacklevel": "a"}), (("x",), {"bogus": 1}),
                 (("x", None, 1, None, 5), {})]:
    try:
        warnings.warn(*args, **kw)
        print("no error for", args, kw)
    except TypeError as e:
        print("TypeError", e)

reg = globals().get("__warningregistry__")
print(type(reg).__name__, reg.get("version") is not None)
print(sorted(str(k[0]) + k[1].__name__ + str(k[2]) for k in reg if k != "version"))
print(warnings.filters[-5:])
print(warnings.defaultaction, warnings.onceregistry)
