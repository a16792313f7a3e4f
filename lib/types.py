"""Names for the interpreter's built-in types, and helpers to build classes dynamically.

Most types are found as the type of a sample object; the few that no object here can produce
come from the built-in module _types.
"""
import sys
import _types

# ---- functions, methods, code ----

def _sample_function():
    pass

FunctionType = type(_sample_function)
LambdaType = type(lambda: None)
CodeType = type(_sample_function.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = _types.SimpleNamespace


def _cell_maker():
    captured = None

    def reader():
        return captured
    return reader.__closure__[0]

CellType = type(_cell_maker())


class _SampleClass:
    __slots__ = ("slot",)

    def method(self):
        pass

MethodType = type(_SampleClass().method)
MemberDescriptorType = type(_SampleClass.slot)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
GetSetDescriptorType = type(FunctionType.__code__)
ModuleType = type(sys)

# ---- generators and coroutines ----

def _sample_generator():
    yield 1

GeneratorType = type(_sample_generator())


async def _sample_coroutine():
    pass

_coro = _sample_coroutine()
CoroutineType = type(_coro)
_coro.close()  # never awaited on purpose: closing it avoids the "never awaited" warning
del _coro


async def _sample_async_generator():
    yield 1

AsyncGeneratorType = type(_sample_async_generator())

# ---- frames and tracebacks ----

try:
    raise TypeError
except TypeError as caught:  # the name is unbound again when the handler ends
    TracebackType = type(caught.__traceback__)
    FrameType = type(caught.__traceback__.tb_frame)

# ---- the singletons' types and the typing helpers ----

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = _types.GenericAlias
UnionType = _types.UnionType

# ---- building classes dynamically (PEP 560 bases, metaclass selection, __prepare__) ----

def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    result = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            result.append(base)
            continue
        entries = base.__mro_entries__(bases)
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        result.extend(entries)
        changed = True
    return tuple(result) if changed else bases


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    best = meta
    for base in bases:
        candidate = type(base)
        if issubclass(best, candidate):
            continue
        if not issubclass(candidate, best):
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
        best = candidate
    return best


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple; kwds is a copy without 'metaclass'.
    """
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop("metaclass", None)
    if meta is None:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, resolved, namespace, **kwds)


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    On an instance it behaves like a property; read through the class it raises
    AttributeError, so that the class's __getattr__ (a metaclass's) is used instead.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc else getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is None:
                raise AttributeError("unreadable attribute")
            return self.fget(instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, fget, fset, fdel, doc):
        made = type(self)(fget, fset, fdel, doc)
        made.overwrite_doc = self.overwrite_doc
        return made

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        return self._copy(fget, self.fset, self.fdel, doc or self.__doc__)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel, self.__doc__)


# ---- generator-based coroutines ----

class _GeneratorWrapper:
    """What a types.coroutine function returns: its generator, made awaitable."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self

    __await__ = __iter__

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code, cr_frame, cr_running, cr_await = gi_code, gi_frame, gi_running, gi_yieldfrom


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if type(func) is FunctionType and code.co_flags & 0x180:
        return func  # already a coroutine function (async def, or converted before)

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is GeneratorType:
            return _GeneratorWrapper(result)
        return result

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        if hasattr(func, attr):
            setattr(wrapped, attr, getattr(func, attr))
    wrapped.__dict__.update(getattr(func, "__dict__", {}))
    wrapped.__wrapped__ = func
    return wrapped


__all__ = [
    "FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace", "CellType",
    "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType", "BuiltinFunctionType",
    "BuiltinMethodType", "WrapperDescriptorType", "MethodWrapperType", "MethodDescriptorType",
    "ClassMethodDescriptorType", "ModuleType", "TracebackType", "FrameType",
    "GetSetDescriptorType", "MemberDescriptorType", "new_class", "resolve_bases",
    "prepare_class", "DynamicClassAttribute", "coroutine", "GenericAlias", "UnionType",
    "EllipsisType", "NoneType", "NotImplementedType",
]

del sys, _types, _sample_function, _SampleClass, _sample_generator, _sample_coroutine
del _sample_async_generator
