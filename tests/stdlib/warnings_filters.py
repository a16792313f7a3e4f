# The filter actions (error, ignore, always, default, module, once), simplefilter/resetwarnings,
# lineno filters, categories matched by subclass, catch_warnings (record, restore, the action
# argument, entering twice), and a replaced showwarning/formatwarning.
import sys
import warnings

sys.stderr = sys.stdout


def w(msg, cat=UserWarning):
    warnings.warn(msg, cat, stacklevel=2)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(2):
        w("always")
    print(len(log), [str(m.message) for m in log], log[0].category.__name__, log[0].lineno)
    print(log[0].filename == __file__, log[0].file, log[0].line, log[0].source)
    print(str(log[0]).replace(repr(__file__), "FILE"))

print(warnings.filters[0][0], len(warnings.filters))  # restored

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        w("boom")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.simplefilter("ignore", UserWarning)
    w("ignored")
    try:
        w("rt still error?", RuntimeWarning)
    except RuntimeWarning as e:
        print("still an error:", e)
print("after error block")

with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(2):
        w("once a")
    w("once a")
    w("once b")

with warnings.catch_warnings():
    warnings.simplefilter("module")
    for i in range(2):
        w("module")
    w("module")

with warnings.catch_warnings():
    warnings.simplefilter("default")
    for i in range(2):
        w("default")
    w("default")

with warnings.catch_warnings(action="error", category=RuntimeWarning):
    w("user ok")
    try:
        w("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("action= error:", e)

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter("ignore", lineno=9999)
    warnings.simplefilter("always", DeprecationWarning)
    warnings.warn("dep", DeprecationWarning)
    warnings.warn("pending is a DeprecationWarning?", PendingDeprecationWarning)
    warnings.simplefilter("ignore", DeprecationWarning, append=True)
    print([(a, c.__name__, l) for a, _, c, _, l in warnings.filters])
    warnings.simplefilter("always", DeprecationWarning)  # moves to the front, not duplicated
    print([(a, c.__name__, l) for a, _, c, _, l in warnings.filters])
    print([str(m.message) for m in log])

cw = warnings.catch_warnings()
print(repr(cw), repr(warnings.catch_warnings(record=True)))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError", e)

for bad in [("bogus",), ("error", 5), ("error", int)]:
    try:
        warnings.simplefilter(*bad) if bad[0] == "bogus" else warnings.filterwarnings(bad[0], category=bad[1])
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    warnings.simplefilter("error", lineno=-1)
except AssertionError as e:
    print("AssertionError", e)


def show(message, category, filename, lineno, file=None, line=None):
    print("custom show:", message, category.__name__, lineno == sys._getframe(1).f_lineno or lineno)


def fmt(message, category, filename, lineno, line=None):
    return "custom format: %s (%s)\n" % (message, category.__name__)


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    warnings.warn("to custom show")
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.formatwarning = fmt
    warnings.warn("to custom format")
    warnings.formatwarning = warnings._formatwarning_orig
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = 42
    try:
        warnings.warn("not callable")
    except TypeError as e:
        print("TypeError", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  the line  "), end="")
print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 3)))
warnings.showwarning("shown", RuntimeWarning, "f.py", 7, sys.stdout, "code()")
with warnings.catch_warnings():
    warnings.filters.insert(0, ("bad",))
    try:
        warnings.warn("x")
    except ValueError as e:
        print("ValueError", e)
    warnings.filters[0] = ("strange", None, Warning, None, 0)
    try:
        warnings.warn("x")
    except RuntimeError as e:
        print("RuntimeError", e)
with warnings.catch_warnings():
    warnings.filters.insert(0, ("strange", None, Warning, None, 0))
    for i in range(2):  # the registry is marked before the error: the second call is silent
        try:
            warnings.warn("marked first")
            print("no error")
        except RuntimeError as e:
            print("RuntimeError", str(e).splitlines()[0])
