# Fused instruction pairs (superinstructions): each second half can fail, be a jump target, or
# straddle a try block; the results, messages and reported lines must be those of the plain pair.
import sys


def show(f, *args):
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_frame.f_code is not f.__code__:
            tb = tb.tb_next
        print(f.__name__, type(e).__name__, e, "line", tb.tb_lineno - f.__code__.co_firstlineno)


def load_load(flag):
    if flag:
        b = 1
    a = 2
    return (a,
            b)


def load_load_first(flag):
    if flag:
        a = 1
    b = 2
    return (a, b)


def store_load(flag):
    if flag:
        y = 1
    x = 3
    return x + y


def load_const_binop(x):
    return x + 1


def load_fast_binop(x, y):
    return x * y


def binop_store(x):
    z = x - 1
    return z


class Cmp:
    def __init__(self, v, truth=True):
        self.v, self.truth = v, truth

    def __lt__(self, other):
        return Weird(self.truth)

    def __eq__(self, other):
        raise ValueError("no eq")


class Weird:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        if self.t is None:
            raise RuntimeError("no truth")
        return self.t


def cmp_jump(a, b):
    if a < b:
        return "lt"
    return "not lt"


def cmp_jump_true(a, b):
    while not a < b:
        return "not lt"
    return "lt"


def cmp_eq(a, b):
    if a == b:
        return "eq"
    return "ne"


def in_try(d):
    x = 1
    try:
        return x + d
    except TypeError as e:
        return "caught " + str(e)


def for_store(it):
    out = []
    for v in it:
        out.append(v)
    return out


def gen(n):
    for i in range(n):
        yield i * i
    return "done"


def bad_iter():
    yield 1
    raise KeyError("inside")


def loop_sum(n):
    s = 0
    i = 0
    while i < n:
        s = s + i
        i = i + 1
    return s


def global_call():
    return len([1, 2, 3]) + abs(-4)


def local_cmp_const(x):
    if x < 5:
        return "small"
    return "big"


def local_cmp_const_true(x):
    while not x == 3:
        return "not three"
    return "three"


def local_op_local(flag):
    if flag:
        b = 2
    a = 3
    return a + b


def local_op_const_try(x):
    try:
        y = x - 1
    except TypeError:
        return "caught"
    return y


class P:
    k = "class attr"

    def __init__(self):
        self.x = 1

    @property
    def bad(self):
        raise LookupError("from property")

    def __getattr__(self, name):
        if name == "dyn":
            return "dynamic"
        raise AttributeError(f"no {name}")


def get_attr(o, which):
    if which == 0:
        return o.x
    if which == 1:
        return o.k
    if which == 2:
        return o.bad
    if which == 3:
        return o.dyn
    return o.missing


def get_attr_unbound(flag):
    if flag:
        o = P()
    return o.x


class Box:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        if k == "bad":
            raise IndexError("get bad")
        return self.d.get(k, 0)

    def __repr__(self):
        return f"Box({self.d})"

    def __setitem__(self, k, v):
        if v == 99:
            raise ValueError("set 99")
        self.d[k] = v


def aug_subscr(c, k, v):
    c[k] += v
    c[k] *= 2
    return c


def const_subscr(c):
    return c[0] + c[-1]


def missing_global():
    return undefined_name(1)


show(load_load, True)
show(load_load, False)
show(load_load_first, False)
show(store_load, True)
show(store_load, False)
show(load_const_binop, 41)
show(load_const_binop, 2.5)
show(load_const_binop, "s")
show(load_const_binop, [1])
show(load_const_binop, 2**60)
show(load_fast_binop, 3, 4)
show(load_fast_binop, "ab", 3)
show(load_fast_binop, None, 3)
show(load_fast_binop, 1.5, 2)
show(binop_store, 10)
show(binop_store, 0.5)
show(binop_store, -2**47)
show(binop_store, "x")
show(cmp_jump, 1, 2)
show(cmp_jump, 2, 1)
show(cmp_jump, 1.0, 2.0)
show(cmp_jump, 1, 2.5)
show(cmp_jump, "a", "b")
show(cmp_jump, Cmp(1), Cmp(2))
show(cmp_jump, Cmp(1, False), Cmp(2))
show(cmp_jump, Cmp(1, None), Cmp(2))
show(cmp_jump, 1, "a")
show(cmp_jump_true, 1, 2)
show(cmp_jump_true, 3, 2)
show(cmp_jump_true, Cmp(1, None), 0)
show(cmp_eq, Cmp(1), 2)
show(cmp_eq, 2**70, 2**70)
show(in_try, 2)
show(in_try, "a")
show(for_store, [1, 2, 3])
show(for_store, gen(5))
show(for_store, bad_iter())
show(for_store, iter({}))
show(for_store, 5)
show(loop_sum, 1000)
show(global_call)
show(missing_global)
show(local_cmp_const, 1)
show(local_cmp_const, 7)
show(local_cmp_const, 4.5)
show(local_cmp_const, 5.0)
show(local_cmp_const, 2**80)
show(local_cmp_const, "s")
show(local_cmp_const, Cmp(0))
show(local_cmp_const, Cmp(0, False))
show(local_cmp_const, Cmp(0, None))
show(local_cmp_const_true, 3)
show(local_cmp_const_true, 4)
show(local_cmp_const_true, 3.0)
show(local_cmp_const_true, Cmp(0))
show(local_op_local, True)
show(local_op_local, False)
show(local_op_const_try, 5)
show(local_op_const_try, 5.5)
show(local_op_const_try, "x")
for w in range(5):
    show(get_attr, P(), w)
show(get_attr, 5, 0)
show(get_attr, P, 1)
show(get_attr, P, 0)
show(get_attr_unbound, True)
show(get_attr_unbound, False)
show(aug_subscr, [1, 2, 3], 1, 10)
show(aug_subscr, [1, 2, 3], -1, 0.5)
show(aug_subscr, [1, 2, 3], 5, 1)
show(aug_subscr, {"a": 1}, "a", 2)
show(aug_subscr, {"a": 1}, "b", 2)
show(aug_subscr, {(1, 2): "x"}, (1, 2), "y")
show(aug_subscr, Box(), "k", 3)
show(aug_subscr, Box(), "bad", 3)
show(aug_subscr, Box(), "k", 99)
show(aug_subscr, (1, 2), 0, 1)
show(aug_subscr, [[1]], 0, [2])
show(aug_subscr, "abc", 0, "x")
show(const_subscr, [1, 2, 3])
show(const_subscr, (4, 5))
show(const_subscr, "xyz")
show(const_subscr, {0: 1, -1: 2})
show(const_subscr, [])
show(const_subscr, {})
show(const_subscr, 7)
g = gen(3)
print(list(zip(g, "ab")), next(g, "end"), next(g, "end"))
print(sys.getrecursionlimit() > 0)
