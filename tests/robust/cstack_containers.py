# Deep containers through the C recursion guard: repr/str/==/</hash/in of nested lists, tuples,
# dicts, frozensets, slices, exceptions and groups end in RecursionError (or complete), never in
# a crash, also under `ulimit -s 1024` (tests/cli/small_stack.sh runs this file that way).
# taipan-test: skip-gcstress (100000-deep structures: too slow with a collection per allocation)
import types


def chain(make, x, n):
    for _ in range(n):
        x = make(x)
    return x


def outcome(name, f):
    try:
        r = f()
    except RecursionError:
        print(name, "RecursionError")
    else:
        print(name, "ok", r if isinstance(r, (bool, int)) else type(r).__name__)


N = 30000
L1, L2 = chain(lambda x: [x], 1, N), chain(lambda x: [x], 1, N)
T1, T2 = chain(lambda x: (x,), 1, N), chain(lambda x: (x,), 1, N)
D1, D2 = chain(lambda x: {1: x}, 1, N), chain(lambda x: {1: x}, 1, N)
outcome("list repr", lambda: repr(L1))
outcome("list str", lambda: str(L1))
outcome("list ==", lambda: L1 == L2)
outcome("list <", lambda: L1 < L2)
outcome("list in", lambda: L1 in [L2])
outcome("list count", lambda: [L1].count(L2))
outcome("tuple repr", lambda: repr(T1))
outcome("tuple ==", lambda: T1 == T2)
outcome("tuple !=", lambda: T1 != T2)
outcome("tuple >=", lambda: T1 >= T2)
outcome("dict repr", lambda: repr(D1))
outcome("dict ==", lambda: D1 == D2)
outcome("dict views", lambda: repr(chain(lambda x: {1: x}.items(), 1, 2000)))
outcome("format", lambda: "{}".format(L1))
outcome("percent", lambda: "%s" % (L1,))
outcome("fstring", lambda: f"{L1!r}")
outcome("ascii", lambda: ascii(L1))
F = 3000
outcome("frozenset repr", lambda: repr(chain(lambda x: frozenset([x]), 1, F)))
outcome("frozenset ==", lambda: chain(lambda x: frozenset([x]), 1, F) == chain(lambda x: frozenset([x]), 1, F))
outcome("frozenset hash", lambda: hash(chain(lambda x: frozenset([x]), 1, F)) != 0)
outcome("slice repr", lambda: repr(chain(slice, 1, F)))
outcome("staticmethod repr", lambda: repr(chain(staticmethod, 1, F)))
outcome("exception repr", lambda: repr(chain(ValueError, 1, F)))
outcome("exception str", lambda: str(chain(ValueError, 1, F)))
outcome("namespace repr", lambda: repr(chain(lambda x: types.SimpleNamespace(a=x), 1, F)))
outcome("mappingproxy repr", lambda: repr(chain(types.MappingProxyType, {}, F)))
G = chain(lambda e: ExceptionGroup("g", [e]), ValueError(1), F)
outcome("group str", lambda: str(G))
outcome("group repr", lambda: repr(G))
outcome("group split", lambda: G.split(ValueError))
outcome("group subgroup", lambda: G.subgroup(TypeError))

a = [1]
a.append(a)
b = {}
b["self"] = b
outcome("self list repr", lambda: repr(a))
outcome("self dict repr", lambda: repr(b))
outcome("self ==", lambda: a == a)
c = [1]
c.append(c)
outcome("self == other", lambda: a == c)
for depth in (100, 900):
    outcome("list %d ==" % depth, lambda: chain(lambda x: [x], 1, depth) == chain(lambda x: [x], 1, depth))
    outcome("tuple %d hash" % depth, lambda: hash(chain(lambda x: (x,), 1, depth)) == hash(chain(lambda x: (x,), 1, depth)))
