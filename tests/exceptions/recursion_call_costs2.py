# More call costs against the recursion limit (see recursion_call_costs.py).
import sys
sys.setrecursionlimit(300)
def room():
    def r(k):
        try: return r(k+1)
        except RecursionError: return k
    return r(0)
got = None
def cb():
    global got; got = room()
class O:
    def __index__(self): cb(); return 1
    def __iter__(self): cb(); return iter([])
    def __str__(self): cb(); return ""
    def __repr__(self): cb(); return ""
    def __eq__(self, o): cb(); return False
    __hash__ = object.__hash__
class M(type):
    def __call__(cls): cb()
class MC(metaclass=M): pass
class E(Exception):
    def __init__(self): cb()
class SP:
    def __init__(self): super().__init__(); cb()
class CS:
    @classmethod
    def c(cls): cb()
    @staticmethod
    def s(): cb()
o = O()
sm = staticmethod(cb)
tests = {
 "direct": lambda: o.__index__(),
 "type1": lambda: type(o).__index__(o), "MC": lambda: MC(), "E": lambda: E(), "SP": lambda: SP(),
 "classm": lambda: CS.c(), "staticm": lambda: CS.s(), "smcall": lambda: sm(),
 "slice": lambda: slice(o) if False else None, "memb": lambda: o.__eq__(1),
 "hex": lambda: hex(o), "chr": lambda: chr(o), "round": lambda: round(1.5, o),
 "list.pop": lambda: [1, 2].pop(o), "insert": lambda: [].insert(o, 1), "str.mul": lambda: "a" * o,
 "lst.__getitem__": lambda: [1,2].__getitem__(o), "dict.get": lambda: {o: 1}.get(o),
 "dict.__contains__": lambda: {o: 1}.__contains__(1) if False else None,
 "x in dict": lambda: 1 in {1: 2} if False else None,
 "tuple.index": lambda: (o, 1).index(1), "str(o,)": lambda: str(object=o),
 "f'{o}'": lambda: f"{o}", "f'{o!r}'": lambda: f"{o!r}", "%s": lambda: "%s" % o, "%r": lambda: "%r" % (o,),
 "str.format": lambda: "{}".format(o), "ascii": lambda: ascii(o),
 "map(len)": lambda: list(map(repr, [o])), "listcomp": lambda: [str(x) for x in [o]],
 "genexp": lambda: list(str(x) for x in [o]), "iter_for": lambda: [x for x in o],
 "enumerate": lambda: list(enumerate(o)), "zip2": lambda: list(zip(o, o)),
 "op.index": lambda: [1,2][o],
}
def cold(fn): fn()
def run(name, fn):
    global got
    got = None
    cold(fn); c = got
    for i in range(10):
        warm(fn)
    got = None
    warm(fn); w = got
    return c, w
def warm(fn): fn()
base = run("direct", tests["direct"])
for name, fn in tests.items():
    c, w = run(name, fn)
    if c is None: continue
    print(name, base[0] - c, base[1] - w)
