# instance dicts of str / bytes / tuple / int subclasses (their payload is variable-size)
class S(str): pass
class B(bytes): pass
class T(tuple): pass
class I(int): pass
objs = [S('x' * n) for n in range(0, 20, 3)] + [S('é' * 5), S('日本語')]
objs += [B(b'y' * n) for n in range(0, 20, 3)] + [T(range(n)) for n in range(0, 9, 2)]
objs += [I(7), I(2**80), I(-3)]
for i, o in enumerate(objs):
    o.idx = i
    o.__dict__['extra'] = [i] * 2
for o in objs:
    print(type(o).__name__, len(str(o)) if not isinstance(o, int) else o, o.idx, o.extra, sorted(vars(o)))
junk = [S('z' * k) + 'q' for k in range(200)]   # churn the allocator / collector
print(sum(len(j) for j in junk), objs[3].idx, objs[-2].extra)
s = S('hello'); s.__dict__ = {'a': 1}; print(s.a, s, s.upper(), s == 'hello', hash(s) == hash('hello'))
t = T((1, 2)); t.name = 'pair'; print(t, t.name, t + (3,), t[::-1], type(t[::-1]).__name__)
class S2(S):
    __slots__ = ()
print(hasattr(S2('a'), '__dict__'), '__dict__' in dir(S2('a')))
class NoDict(str):
    __slots__ = ()
try: NoDict('a').x = 1
except AttributeError as e: print(e)
class WithDict(NoDict):
    __slots__ = ('__dict__',)
w = WithDict('abc'); w.x = 5; print(w.x, w.__dict__, w)
class Sub(NoDict): pass
sb = Sub('q'); sb.y = 2; print(sb.y, vars(sb))
for base in (int, bytes, tuple):
    try:
        type('X', (base,), {'__slots__': ('a',)})
    except TypeError as e: print(e)
print(type('Y', (float,), {'__slots__': ('a',)})(1.5), type('Z', (list,), {'__slots__': ('a',)})([1]))
class SS(str):
    __slots__ = ('a', 'b')
class SD(SS):
    __slots__ = ('c', '__dict__')
class SE(SD): pass
many = [SE('v' * k) for k in range(12)]
for k, o in enumerate(many):
    o.a, o.c, o.z = k, -k, 'z%d' % k
print([(o.a, o.c, o.z, len(o)) for o in many[::4]], vars(many[5]))
try: many[0].b
except AttributeError as e: print(e)
print(SE.a, SD.c, sorted(k for k in SD.__dict__ if not k.startswith('__')), str.__len__(many[3]))
