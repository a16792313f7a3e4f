import types
print(types.SimpleNamespace(b=1, a='x'))
class S(types.SimpleNamespace): pass
print(S(a=1), repr(S()))
n = types.SimpleNamespace(a=1); n.n = n; print(n)
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
try: hash(types.SimpleNamespace())
except TypeError as e: print(e)
print(types.SimpleNamespace(a=1) == S(a=1), types.SimpleNamespace(a=1) == 1, types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2))
print(types.SimpleNamespace.__module__, types.SimpleNamespace, types.SimpleNamespace.__name__)
try: types.SimpleNamespace(**{'a':1}, b=2).c
except AttributeError as e: print(e)
print(types.SimpleNamespace.__init__)
ns = types.SimpleNamespace(x=1); del ns.x; print(ns, vars(ns))
ns.y = 5; print(ns.y, ns.__dict__)
print(types.new_class('X'), types.new_class('Y', (int,), {}, lambda ns: ns.update(a=1)).a)
print(types.resolve_bases((int, list[int])))
print(types.prepare_class('Z'))
class M(type): pass
print(types.prepare_class('Z', (), {'metaclass': M}))
print(types.FunctionType, types.LambdaType, types.MethodType, types.BuiltinFunctionType, types.ModuleType)
print(types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.CodeType, types.FrameType, types.TracebackType)
print(types.CellType, types.MappingProxyType, types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.MethodWrapperType, types.WrapperDescriptorType, types.MethodDescriptorType, types.GetSetDescriptorType, types.MemberDescriptorType)
print(types.ModuleType('m'), types.MappingProxyType({'a': 1}))
C = types.new_class('C', (list[int],))
print(C.__mro__, C.__orig_bases__)
print(sorted(types.__all__))
print(isinstance(lambda: 0, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance((1).__add__, types.MethodWrapperType), isinstance(int.__add__, types.WrapperDescriptorType))
print(isinstance(str.join, types.MethodDescriptorType), isinstance(types, types.ModuleType))
m = types.ModuleType("mymod", "doc text")
print(m.__name__, m.__doc__)
bound = types.MethodType(lambda self: self * 2, 21)
print(bound(), bound.__self__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"extra": 1}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
K = types.new_class("K", (), {"metaclass": Meta, "flag": True})
print(type(K).__name__, K.extra)
class MA(type): pass
class MB(type): pass
try:
    types.new_class("Bad", (MA("A1", (), {}), MB("B1", (), {})))
except TypeError as e:
    print("TypeError:", e)
for a in [(), (1,), (1, 2), (len, None), (print, 1, 2)]:
    try:
        types.MethodType(*a)
    except TypeError as e:
        print("TypeError:", e)
class NotABase:
    def __mro_entries__(self, bases):
        return 5
try:
    types.resolve_bases((NotABase(),))
except TypeError as e:
    print("TypeError:", e)
print(types.resolve_bases((int, str)) == (int, str))
class Dyn:
    @types.DynamicClassAttribute
    def attr(self):
        return "instance value"
print(Dyn().attr)
try:
    Dyn.attr
except AttributeError as e:
    print("AttributeError", repr(e))
# types.coroutine: a generator function made awaitable
@types.coroutine
def sleep0():
    x = yield "tick"
    return x
async def main():
    r = await sleep0()
    return ("main got", r)
co = main()
print(co.send(None))
try:
    co.send(42)
except StopIteration as e:
    print("done", e.value)
print(sleep0.__name__, sleep0.__qualname__)
async def a(): pass
print(types.coroutine(a) is a)
try:
    types.coroutine(5)
except TypeError as e:
    print(e)
@types.coroutine
def plain():
    return 7
print(plain())
w = sleep0()
print(next(w))
w.close()
