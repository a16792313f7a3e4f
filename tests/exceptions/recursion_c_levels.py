# RecursionError through C-level calls, as CPython 3.11 counts them: each case recurses through one
# protocol with the limit at 100 and prints how many rounds ran (deterministic) and the message,
# whose suffix says which level hit the limit.
import sys
sys.setrecursionlimit(100)
n = 0
def t(label, fn):
    global n
    n = 0
    try:
        fn()
        print(label, "no error", n)
    except RecursionError as e:
        print(label, n, e)

class R:
    def __repr__(self):
        global n; n += 1
        return repr(self)
t("repr(self)", lambda: repr(R()))
class R2:
    def __repr__(self):
        global n; n += 1
        return repr([self])
t("repr([self])", lambda: repr(R2()))
class S:
    def __str__(self):
        global n; n += 1
        return str(self)
t("str(self)", lambda: str(S()))
class S2:
    def __str__(self):
        global n; n += 1
        return f"{self}"
t("fstr", lambda: str(S2()))
class S3:
    def __format__(self, spec):
        global n; n += 1
        return format(self, spec)
t("format", lambda: format(S3()))
class S4:
    def __format__(self, spec):
        global n; n += 1
        return f"{self:x}"
t("fformat", lambda: format(S4()))
class E:
    def __eq__(self, o):
        global n; n += 1
        return self == o
t("eq", lambda: E() == E())
class Lt:
    def __lt__(self, o):
        global n; n += 1
        return self < o
t("lt", lambda: Lt() < Lt())
class H:
    def __hash__(self):
        global n; n += 1
        return hash(self)
t("hash", lambda: hash(H()))
class L:
    def __len__(self):
        global n; n += 1
        return len(self)
t("len", lambda: len(L()))
class B:
    def __bool__(self):
        global n; n += 1
        return bool(self)
t("bool", lambda: bool(B()))
class B2:
    def __bool__(self):
        global n; n += 1
        return not self
t("not", lambda: not B2())
def sk():
    global n; n += 1
    return sorted([1, 2], key=lambda x: sk())
t("sorted key", sk)
def mp():
    global n; n += 1
    return list(map(lambda x: mp(), [1]))
t("map", mp)
class GA:
    def __getattr__(self, name):
        global n; n += 1
        return getattr(self, name)
t("getattr", lambda: GA().foo)
class GA2:
    def __getattr__(self, name):
        global n; n += 1
        return self.bar
t("__getattr__ attr", lambda: GA2().foo)
class Meta(type):
    def __instancecheck__(cls, inst):
        global n; n += 1
        return isinstance(inst, cls)
class IC(metaclass=Meta): pass
t("isinstance", lambda: isinstance(1, IC))
def ev():
    global n; n += 1
    return eval("ev()")
t("eval", ev)
def ex():
    global n; n += 1
    exec("ex()")
t("exec", ex)
def plain():
    global n; n += 1
    plain()
t("plain", plain)
class Init:
    def __init__(self):
        global n; n += 1
        Init()
t("init", Init)
class Call:
    def __call__(self):
        global n; n += 1
        self()
t("call", Call())
class GI:
    def __getitem__(self, i):
        global n; n += 1
        return self[i]
t("getitem", lambda: GI()[0])
class It:
    def __iter__(self):
        global n; n += 1
        return iter(self)
t("iter", lambda: iter(It()))
class Ct:
    def __contains__(self, x):
        global n; n += 1
        return x in self
t("contains", lambda: 1 in Ct())
class Ad:
    def __add__(self, o):
        global n; n += 1
        return self + o
t("add", lambda: Ad() + 1)
class Meta2(type):
    def __subclasscheck__(cls, sub):
        global n; n += 1
        return issubclass(sub, cls)
class SC(metaclass=Meta2): pass
t("issubclass", lambda: issubclass(int, SC))
def co():
    global n; n += 1
    exec(compile("co()", "<co>", "exec"))
t("compile+exec", co)
def evs():
    global n; n += 1
    return eval("(((evs())))")
t("eval nested", evs)
class FS:
    def __str__(self):
        global n; n += 1
        return "%s" % self
t("%s", lambda: str(FS()))
class FM:
    def __str__(self):
        global n; n += 1
        return "{}".format(self)
t("str.format", lambda: str(FM()))
class RT:
    def __repr__(self):
        global n; n += 1
        return repr((self,))
t("repr tuple", lambda: repr(RT()))
class RD:
    def __repr__(self):
        global n; n += 1
        return repr({1: self})
t("repr dict", lambda: repr(RD()))
def mx():
    global n; n += 1
    return max([1, 2], key=lambda x: mx())
t("max key", mx)
def fl():
    global n; n += 1
    return list(filter(lambda x: fl(), [1]))
t("filter", fl)
def pr():
    global n; n += 1
    class P:
        def __str__(self): return pr()
    print(P())
t("print", pr)
class LI:
    def __iter__(self):
        global n; n += 1
        return iter(list(self))
t("list(self)", lambda: list(LI()))
