# a small Enum built the way enum.py does it: __prepare__ with a recording namespace, a metaclass
# __new__ that turns members into instances, __iter__/__len__/__getitem__/__contains__ on the class
class _Namespace(dict):
    def __init__(self):
        super().__init__()
        self.member_names = []
    def __setitem__(self, key, value):
        if key in self.member_names:
            raise TypeError('Attempted to reuse key: %r' % key)
        if not key.startswith('_') and not callable(value):
            self.member_names.append(key)
        super().__setitem__(key, value)

class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return _Namespace()
    def __new__(mcls, name, bases, ns, **kw):
        values = {k: ns[k] for k in ns.member_names}
        body = {k: v for k, v in ns.items() if k not in values}
        cls = super().__new__(mcls, name, bases, body, **kw)
        cls._members = {}
        for k, v in values.items():
            m = object.__new__(cls)
            m.name, m.value = k, v
            cls._members[k] = m
            type.__setattr__(cls, k, m)
        return cls
    def __iter__(cls): return iter(cls._members.values())
    def __len__(cls): return len(cls._members)
    def __getitem__(cls, name): return cls._members[name]
    def __contains__(cls, m): return isinstance(m, cls) and m.name in cls._members
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value: return m
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_members', {}):
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)
    def __repr__(cls): return '<enum %r>' % cls.__name__

class Enum(metaclass=EnumMeta):
    def __repr__(self): return '<%s.%s: %r>' % (type(self).__name__, self.name, self.value)
    def __str__(self): return '%s.%s' % (type(self).__name__, self.name)
    def __hash__(self): return hash(self.name)
    def __reduce_ex__(self, proto): return type(self), (self.value,)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self): return self.name.lower()

print(list(Color), len(Color), Color['GREEN'], Color(3), repr(Color.RED), Color)
print(Color.RED in Color, 1 in Color, Color.RED is Color(1), Color.BLUE.describe())
print(isinstance(Color.RED, Color), type(Color.RED).__name__, {Color.RED: 'r'}[Color.RED])
try: Color(9)
except ValueError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
Color.extra = 'ok'; print(Color.extra, sorted(m.name for m in Color))
print([c.value for c in sorted(Color, key=lambda c: -c.value)])
