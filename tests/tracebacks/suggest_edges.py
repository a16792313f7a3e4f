# Edge cases of the ". Did you mean" suggestion printed with uncaught NameError/AttributeError.
import sys
sys.stderr = sys.stdout
def show():
    sys.excepthook(*sys.exc_info())

class O:
    def __init__(self, names):
        self.names = names
    def __dir__(self):
        return self.names

for names in (["colour"], ["colour"] * 749 + ["x"], ["colour"] * 750, ["colour", 1],
              ["COLOR"], ["Color", "colr", "colour"], ["colour", "color_"], ["c"], [""],
              ["a" * 41 + "x"], ["color" * 9 + "x"]):
    try:
        raise AttributeError("m", name="color" if len(names[0]) < 40 else "color" * 9, obj=O(names))
    except AttributeError:
        show()

class Raiser:
    def __dir__(self):
        raise ValueError("no dir")
try:
    raise AttributeError(name="x", obj=Raiser())
except AttributeError:
    show()
try:
    raise AttributeError("no name")
except AttributeError:
    show()
try:
    raise AttributeError(name=5, obj=O(["5"]))
except AttributeError:
    show()
class Sub(AttributeError):
    pass
try:
    raise Sub(name="colr", obj=O(["color"]))
except AttributeError:
    show()
try:
    raise NameError("name 'lenn' is not defined")
except NameError:
    show()

def outer():
    outer_local = 1
    def inner():
        inner_local = 2
        return inner_locl
    return inner()
try:
    outer()
except NameError:
    show()
def uses_global():
    return global_valu
global_value = 3
try:
    uses_global()
except NameError:
    show()
def unbound():
    print(unboundd)
    unboundd = 1
try:
    unbound()
except NameError:
    show()
try:
    [].apend(1)
except AttributeError:
    show()
try:
    sys.verson
except AttributeError:
    show()
try:
    (1).real_
except AttributeError:
    show()
try:
    try:
        prnt("x")
    except NameError as e:
        raise ValueError("wrapped") from e
except ValueError:
    show()
try:
    raise ExceptionGroup("g", [NameError("n", name="prnt"), AttributeError("a", name="apend", obj=[])])
except ExceptionGroup:
    show()
e = NameError("n")
e.name = "prnt"
try:
    raise e
except NameError:
    show()
globals()[1] = 2
try:
    prnt
except NameError:
    show()
del globals()[1]
