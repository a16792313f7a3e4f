# a dataclass-style decorator: reads __annotations__, builds __init__/__repr__/__eq__ with exec,
# honours defaults, frozen (__setattr__ raising) and ordering via __lt__
def dataclass(cls=None, *, frozen=False, order=False):
    def wrap(cls):
        fields = list(cls.__dict__.get('__annotations__', {}))
        defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
        params = ', '.join(f + ('=_d_' + f if f in defaults else '') for f in fields)
        setter = 'object.__setattr__(self, %r, %s)' if frozen else 'self.%s = %s'
        body = '\n'.join('    ' + (setter % (f, f) if frozen else setter % (f, f))
                         for f in fields) or '    pass'
        src = 'def __init__(self, %s):\n%s\n' % (params, body)
        ns = {'_d_' + k: v for k, v in defaults.items()}
        exec(src, ns)
        cls.__init__ = ns['__init__']
        cls.__init__.__qualname__ = cls.__qualname__ + '.__init__'
        def __repr__(self):
            return '%s(%s)' % (type(self).__qualname__,
                               ', '.join('%s=%r' % (f, getattr(self, f)) for f in fields))
        def astuple(self): return tuple(getattr(self, f) for f in fields)
        def __eq__(self, other):
            if type(other) is not type(self): return NotImplemented
            return astuple(self) == astuple(other)
        cls.__repr__, cls.__eq__ = __repr__, __eq__
        cls.__hash__ = (lambda self: hash(astuple(self))) if frozen else None
        if order:
            cls.__lt__ = lambda self, o: astuple(self) < astuple(o)
        if frozen:
            def __setattr__(self, n, v): raise AttributeError("cannot assign to field %r" % n)
            cls.__setattr__ = __setattr__
        cls.__match_args__ = tuple(fields)
        return cls
    return wrap if cls is None else wrap(cls)

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1); q = Point(1, 0)
print(p, p == q, p != Point(2), Point.__init__.__qualname__, Point.__hash__)
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
v = Version(1, 2)
print(v, hash(v) == hash((1, 2)), sorted([Version(2), Version(1, 5), v]), Version(1) < v)
try: v.major = 3
except AttributeError as e: print(e)
try: {p}
except TypeError as e: print(e)
match Point(3, 4):
    case Point(x, y=4): print('matched', x)
print(Point.__match_args__, Point.__annotations__, Point.y)
