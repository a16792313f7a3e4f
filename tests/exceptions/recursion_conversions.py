# float(), int() and str() of small ints and floats near the recursion limit, from code that has
# run a few times and from code that has run often: RecursionError comes where it comes in CPython.
import sys

SRC = """
def probe(conv, arg, depth):
    if depth > 0:
        return probe(conv, arg, depth - 1)
    try:
        return type(conv(arg)).__name__
    except RecursionError:
        return "RecursionError"
"""

def fresh():
    ns = {}
    exec(compile(SRC, "<probe>", "exec"), ns)
    return ns["probe"]

def base_depth():
    f = sys._getframe()
    n = 0
    while f is not None:
        n += 1
        f = f.f_back
    return n

sys.setrecursionlimit(60)
here = base_depth()
for conv, arg in [(float, 3), (float, 2.5), (int, 4), (int, 2.5), (float, "1")]:
    row = []
    for extra in range(5):
        depth = 60 - here - extra
        row.append(fresh()(conv, arg, depth))
    print(conv.__name__, repr(arg), row)
