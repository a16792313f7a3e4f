# Python -> C -> Python recursion through type slots and builtins: each round uses both the
# Python frame stack and the C stack, and must end in RecursionError, never a crash (also under
# `ulimit -s 1024`, see tests/cli/small_stack.sh).
import sys


def outcome(name, f):
    try:
        r = f()
    except RecursionError:
        print(name, "RecursionError")
    else:
        print(name, "ok", r)


class GetAttr:
    def __getattr__(self, k): return self.missing
class Prop:
    @property
    def x(self): return self.x
class Init:
    def __init__(self): Init()
class Eq:
    def __eq__(self, o): return self == o
class EqList:
    def __eq__(self, o): return [self] == [o]
class Lt:
    def __lt__(self, o): return self < o
class Repr:
    def __repr__(self): return repr(self)
class ReprList:
    def __repr__(self): return repr([self])
class FStr:
    def __repr__(self): return f"{self}"
class Str:
    def __str__(self): return str(self)
class Hash:
    def __hash__(self): return hash(self)
class HashTuple:
    def __hash__(self): return hash((self,))
class SetAttr:
    def __setattr__(self, k, v): self.x = v
class Len:
    def __len__(self): return len(self)
class Iter:
    def __iter__(self): return iter(self)
class GetItem:
    def __getitem__(self, i): return self[i]
class Contains:
    def __contains__(self, i): return i in self
class Bool:
    def __bool__(self): return bool(self)
class Add:
    def __add__(self, o): return self + o
class Call:
    def __call__(self): return self()
class Format:
    def __format__(self, spec): return format(self, spec)
class Meta(type):
    def __instancecheck__(cls, o): return isinstance(o, cls)
class Checked(metaclass=Meta):
    pass


def mapped(x): return list(map(mapped, [x]))
def filtered(x): return list(filter(filtered, [x]))
def keyed(x): return max([x], key=keyed)


outcome("getattr", lambda: GetAttr().x)
outcome("property", lambda: Prop().x)
outcome("init", Init)
outcome("eq", lambda: Eq() == Eq())
outcome("eq list", lambda: EqList() == EqList())
outcome("lt", lambda: Lt() < Lt())
outcome("repr", lambda: repr(Repr()))
outcome("repr list", lambda: repr(ReprList()))
outcome("fstring", lambda: repr(FStr()))
outcome("str", lambda: str(Str()))
outcome("print", lambda: print(Repr()))
outcome("hash", lambda: hash(Hash()))
outcome("hash tuple", lambda: hash(HashTuple()))
outcome("dict key", lambda: {HashTuple(): 1})
outcome("setattr", lambda: setattr(SetAttr(), "y", 1))
outcome("len", lambda: len(Len()))
outcome("iter", lambda: iter(Iter()))
outcome("getitem", lambda: GetItem()[0])
outcome("contains", lambda: 1 in Contains())
outcome("bool", lambda: bool(Bool()))
outcome("if", lambda: 1 if Bool() else 0)
outcome("add", lambda: Add() + 1)
outcome("call", lambda: Call()())
outcome("format", lambda: format(Format(), ""))
outcome("instancecheck", lambda: isinstance(1, Checked))
outcome("map", lambda: mapped(1))
outcome("filter", lambda: filtered(1))
outcome("max key", lambda: keyed(1))


def count(n): return 0 if n == 0 else count(n - 1) + 1


outcome("recursion 900", lambda: count(900))
outcome("recursion 5000", lambda: count(5000))
sys.setrecursionlimit(6000)
outcome("recursion 5000 raised", lambda: count(5000))
