"""Abstract Base Classes (taipan's own implementation of the 3.11 API).

taipan has no weak references yet, so the registry and the caches hold strong references
(keyed by id() so that classes with unusual __eq__/__hash__ metaclasses still work).
"""


def abstractmethod(funcobj):
    """Mark a method as abstract: an ABCMeta class that has it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use 'classmethod' stacked on 'abstractmethod'."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use 'staticmethod' stacked on 'abstractmethod'."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use 'property' stacked on 'abstractmethod'."""

    __isabstractmethod__ = True


# Bumped by every register(); negative caches older than this are stale.
_invalidation_counter = 0


def get_cache_token():
    """Return a token that changes whenever an ABC gains a virtual subclass."""
    return _invalidation_counter


class _ClassSet:
    """A small set of classes compared by identity."""

    __slots__ = ("_items",)

    def __init__(self):
        self._items = {}

    def add(self, c):
        self._items[id(c)] = c

    def __contains__(self, c):
        return id(c) in self._items

    def __iter__(self):
        return iter(list(self._items.values()))

    def __len__(self):
        return len(self._items)

    def clear(self):
        self._items.clear()

    def __repr__(self):
        return "{" + ", ".join(repr(c) for c in self._items.values()) + "}" if self._items else "set()"


class _AbcData:
    """Per-class state of an ABC (what CPython keeps in '_abc_impl')."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_version")

    def __init__(self):
        self.registry = _ClassSet()
        self.cache = _ClassSet()
        self.negative_cache = _ClassSet()
        self.negative_version = _invalidation_counter


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def _compute_abstracts(cls, own_items):
    abstracts = {name for name, value in own_items if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


def _impl(cls):
    data = cls.__dict__.get("_abc_impl")
    if not isinstance(data, _AbcData):
        data = _AbcData()
        type.__setattr__(cls, "_abc_impl", data)
    return data


class ABCMeta(type):
    """Metaclass for Abstract Base Classes.

    Such classes cannot be instantiated while they have abstract methods left, and they
    accept virtual subclasses through register() and __subclasshook__.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items())
        cls._abc_impl = _AbcData()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns it, so it works as a decorator."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _impl(cls).registry.add(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        data = _impl(cls)
        if subclass in data.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (data.negative_version == _invalidation_counter
                    and subclass in data.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        data = _impl(cls)
        if subclass in data.cache:
            return True
        if data.negative_version < _invalidation_counter:
            data.negative_cache.clear()
            data.negative_version = _invalidation_counter
        elif subclass in data.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, "
                                     "or NotImplemented")
            if ok:
                data.cache.add(subclass)
            else:
                data.negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            data.cache.add(subclass)
            return True
        for rcls in data.registry:
            if issubclass(subclass, rcls):
                data.cache.add(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                data.cache.add(subclass)
                return True
        data.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry and caches."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        data = _impl(cls)
        print(f"_abc_registry: {data.registry!r}", file=file)
        print(f"_abc_cache: {data.cache!r}", file=file)
        print(f"_abc_negative_cache: {data.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {data.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        _impl(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        data = _impl(cls)
        data.cache.clear()
        data.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after abstract methods were added or implemented
    once the class was created; a class that is not an ABC is returned unchanged."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, list(cls.__dict__.items()))
    return cls


class ABC(metaclass=ABCMeta):
    """Helper base class: subclassing ABC gives a class ABCMeta as its metaclass."""

    __slots__ = ()
