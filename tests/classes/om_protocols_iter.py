class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), [x for x in Seq()])
it = iter(Seq()); print(next(it), type(it).__name__)
class Cont:
    def __contains__(self, x): return x == 'yes'
print('yes' in Cont(), 'no' in Cont(), 'no' not in Cont())
try: 1 in object()
except TypeError as e: print(e)
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(Rev())))
class LenGet:
    def __len__(self): return 2
    def __getitem__(self, i): return 'abc'[i]
print(list(reversed(LenGet())))
try: reversed(object())
except TypeError as e: print(e)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), sum(It()), max(It()))
class BadIter:
    def __iter__(self): return 1
try: iter(BadIter())
except TypeError as e: print(e)
class NoIter:
    __iter__ = None
try: iter(NoIter())
except TypeError as e: print(e)
class Sl:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
s = Sl(); print(s[1:2], s[1:2:3], s[::], s[1, 2:3], s[...])
s[1:3] = 'x'; del s[::2]; s['a'] = 1
try: object()[0]
except TypeError as e: print(e)
try: del Seq()[0]
except TypeError as e: print(e)
try: Seq()[0] = 1
except TypeError as e: print(e)
