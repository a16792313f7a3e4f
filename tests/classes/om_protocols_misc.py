class B:
    def __bytes__(self): return b'bytes!'
print(bytes(B()))
class BB:
    def __bytes__(self): return 'no'
try: bytes(BB())
except TypeError as e: print(e)
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k * 2
print(dict(M()), {**M()})
d = {}; d.update(M()); print(d)
class Ctx:
    def __enter__(self): print('enter'); return 'val'
    def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None); return True
with Ctx() as v:
    print(v); raise KeyError
print('suppressed')
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class Sized:
    def __len__(self): return 3
print(len(Sized()), bool(Sized()), list(range(len(Sized()))))
class Neg:
    def __index__(self): return -1
print([1, 2, 3][Neg()], 'abc'[Neg():])
class Mis:
    def __missing__(self, k): return 'never used'
print(hasattr(dict, '__missing__'))
class Getter:
    def __getitem__(self, k):
        if isinstance(k, slice): return ('slice', k.start, k.stop, k.step)
        return k
g = Getter(); print(g[1:2], g[::3], g[:, 1], g['x'])
class AI:
    def __aiter__(self): return self
print(hasattr(AI(), '__aiter__'))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(reversed(Rev())), list(Rev()), sorted(Rev(), reverse=True), tuple(enumerate(Rev())))
print(sum(Rev()), max(Rev()), min(Rev()), any(Rev()), all(Rev()), ' '.join(map(str, Rev())))
a, *b = Rev(); print(a, b)
print(*Rev())
