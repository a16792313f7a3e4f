# How many levels of the recursion limit a call costs, measured as the room left below it:
# from code run once (CPython's generic calls) and from warm code (its specialised calls).
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
    def __int__(self): cb(); return 1
    def __index__(self): cb(); return 1
    def __float__(self): cb(); return 1.0
    def __complex__(self): cb(); return 1j
    def __bool__(self): cb(); return True
    def __iter__(self): cb(); return iter([])
    def __reversed__(self): cb(); return iter([])
    def __bytes__(self): cb(); return b""
    def __str__(self): cb(); return ""
    def __repr__(self): cb(); return ""
    def __len__(self): cb(); return 0
    def __hash__(self): cb(); return 0
    def __format__(self, s): cb(); return ""
    def __call__(self, *a): cb(); return 0
    def __lt__(self, o): cb(); return True
    def __eq__(self, o): cb(); return False
class Init:
    def __init__(self): cb()
class Meta(type):
    def __instancecheck__(c, i): cb(); return True
class IC(metaclass=Meta): pass

o = O()
class GA:
    def __getattr__(self, n): cb(); return 0
ga = GA()
tests = {
 "direct": lambda: o.__int__(),
 "int": lambda: int(o), "float": lambda: float(o), "complex": lambda: complex(o),
 "bool": lambda: bool(o), "list": lambda: list(o), "tuple": lambda: tuple(o),
 "set": lambda: set(o), "frozenset": lambda: frozenset(o), "dict": lambda: dict(o),
 "bytes": lambda: bytes(o), "bytearray": lambda: bytearray(o), "enumerate": lambda: enumerate(o),
 "reversed": lambda: reversed(o), "zip": lambda: zip(o), "map": lambda: map(len, o),
 "filter": lambda: filter(None, o), "range": lambda: range(o), "str": lambda: str(o),
 "str2": lambda: str(o, ), "repr": lambda: repr(o), "len": lambda: len(o), "hash": lambda: hash(o),
 "format": lambda: format(o), "getattr": lambda: getattr(ga, "x"), "getattr3": lambda: getattr(ga, "x", 1), "attr": lambda: ga.x,
 "iter": lambda: iter(o), "sorted": lambda: sorted(o), "min": lambda: min(o, default=0), "max": lambda: max(o, o),
 "any": lambda: any(o), "all": lambda: all(o), "sum": lambda: sum(o), "isinstance": lambda: isinstance(1, IC),
 "issubclass": lambda: issubclass(int, IC) if False else None, "callo": lambda: o(), "Init": lambda: Init(),
 "print": lambda: print(o, end="\r"),
 "divmod": lambda: divmod(o, 1) if False else None, "abs": lambda: abs(o) if False else None,
 "list.sort": lambda: [o, o].sort(), "sorted2": lambda: sorted([o, o]),
 "list.extend": lambda: [].extend(o), "list.index": lambda: [o, 0].index(0), "list.count": lambda: [o].count(0), "list.contains": lambda: 0 in [o], "eq": lambda: o == 0,
 "str.join": lambda: "".join(o), "dict.fromkeys": lambda: dict.fromkeys(o), "set.update": lambda: set().update(o),
 "list_ext_desc": lambda: list.extend([], o), "ob_init": lambda: object.__init__(o) if False else None,
 "O.__call__": lambda: O.__call__(o), "type_call": lambda: type.__call__(Init),
 "vars": lambda: vars(o) if False else None, "next": lambda: next(iter(o), 0),
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
