# Built-in types get their dict filled on first need (docs/performance.md "Start-up"): each
# type below is first reached through a different path, before anything else looks at it.
import sys

# __dict__ (mappingproxy) before any attribute lookup
print(float.__dict__['hex'])
print(int.__dict__['__add__'])
print(type.__dict__['mro'])
print(sorted(k for k in int.__dict__ if not k.startswith('_')))
print('__doc__' in complex.__dict__, len(vars(frozenset)) > 10, 'union' in vars(frozenset))

# dir() of a type and of an instance
print('conjugate' in dir(complex), 'real' in dir(complex))
print('count' in dir(range(3)), 'index' in dir(range(3)))

# subclassing before any use: inherited slots, methods, super()
class B(bytearray):
    def append(self, x):
        super().append(x + 1)
b = B(b'ab')
b.append(64)
print(b, b.upper(), len(b), B.__len__ is bytearray.__dict__['__len__'])
class S(set):
    pass
print(sorted(S([3, 1]) | {2}), S.__mro__)

# docstrings and the other type getters
print(bytes.__doc__.splitlines()[0])
for t, attr in ((slice, '__abstractmethods__'), (reversed, '__annotations__')):
    try:
        getattr(t, attr)
    except AttributeError as e:
        print('AttributeError:', e)

# instance attribute lookup, method call, missing attribute
print((3 + 4j).conjugate(), (2.5).as_integer_ratio())
try:
    (1).nope
except AttributeError as e:
    print(e)

# exception types and the standard streams' types
print(BaseException.__dict__['with_traceback'], 'args' in dir(KeyError))
print(type(sys.stdout), type(sys.stdout).__module__, 'write' in dir(type(sys.stdout)))
print(repr(type(sys.stdin.buffer)), 'read' in type(sys.stdin.buffer).__dict__)

# a metaclass that overrides mro(); isinstance through the usual __class__
class M(type):
    def mro(cls):
        return type.mro(cls)
class C(dict, metaclass=M):
    pass
print(C.__mro__, isinstance(C(), dict), isinstance(frozenset(), set))
print(object.__dict__['__class__'], getattr(bool, 'from_bytes')(b'\x01', 'big'))

# exception classes: subclassing, their dicts and dir() before anything else looked at them
class E(LookupError):
    pass
print(E.__mro__, 'errno' in OSError.__dict__, 'args' in dir(IndexError))
print(isinstance(E(), LookupError), str(E('x')), BaseException.__dict__['__init__'])
