"""signal: set handlers for asynchronous events.

taipan's version: the work is done by the C module _signal (src/mod_signal.c); this module gives the
numbers the enum-like classes CPython has (Signals, Handlers, Sigmasks). taipan has no enum module,
so they are int subclasses with IntEnum's look: repr <Signals.SIGINT: 2>, str() the plain number,
.name/.value, Signals(2), Signals['SIGINT'], iteration over the canonical members.
"""
import _signal
from _signal import *


class _IntEnumType(type):
    """The few parts of enum.EnumType these classes need."""

    def __call__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter(cls._members_)

    def __len__(cls):
        return len(cls._members_)

    def __contains__(cls, member):
        return type(member) is cls

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    @property
    def __members__(cls):
        return dict(cls._member_map_)


def _make_enum(name, names_values):
    """An int-subclass 'enum' whose members are the (name, value) pairs; first name per value wins
    (sorted by value then name, as IntEnum._convert_ does)."""
    cls = _IntEnumType(name, (int,), {
        "__module__": __name__,
        "__repr__": lambda self: f"<{type(self).__name__}.{self._name_}: {int(self)}>",
        "__str__": lambda self: str(int(self)),
        "__format__": int.__format__,
        "__reduce_ex__": lambda self, proto: (type(self), (int(self),)),
        "name": property(lambda self: self._name_),
        "value": property(lambda self: int(self)),
    })
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    cls._members_ = []
    for mname, value in sorted(names_values, key=lambda t: (t[1], t[0])):
        member = cls._value2member_map_.get(value)
        if member is None:
            member = int.__new__(cls, value)
            member._name_ = mname
            cls._value2member_map_[value] = member
            cls._members_.append(member)
        cls._member_map_[mname] = member
        setattr(cls, mname, member)
    return cls


_globals = globals()

Signals = _make_enum("Signals", [
    (n, v) for n, v in _globals.items()
    if n.isupper() and n.startswith("SIG") and not n.startswith("SIG_")])
Handlers = _make_enum("Handlers", [("SIG_DFL", SIG_DFL), ("SIG_IGN", SIG_IGN)])
Sigmasks = _make_enum("Sigmasks", [
    ("SIG_BLOCK", SIG_BLOCK), ("SIG_UNBLOCK", SIG_UNBLOCK), ("SIG_SETMASK", SIG_SETMASK)])

_globals.update(Signals.__members__)
_globals.update(Handlers.__members__)
_globals.update(Sigmasks.__members__)
del _globals


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an enum member, else return it unchanged."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """Convert an enum member (or anything int() accepts) to an int, else return it unchanged."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def pthread_sigmask(how, mask):
    sigs_set = _signal.pthread_sigmask(how, mask)
    return set(_int_to_enum(x, Signals) for x in sigs_set)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


for _f, _c in ((signal, _signal.signal), (getsignal, _signal.getsignal),
               (pthread_sigmask, _signal.pthread_sigmask),
               (valid_signals, _signal.valid_signals)):
    _f.__doc__ = _c.__doc__
del _f, _c
