class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s)
for v in s:
    print("v", v)
a, b, c = s
print(a, b, c)
print(list(reversed([1, 2])), sorted(s, reverse=True))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), 2 in It(), max(It()))
class Cont:
    def __contains__(self, x): return x == "magic"
print("magic" in Cont(), "other" in Cont(), "other" not in Cont())
class ContTruthy:
    def __contains__(self, x): return [1]
print(1 in ContTruthy())
class NoIter:
    pass
try:
    iter(NoIter())
except TypeError as e:
    print(e)
try:
    1 in NoIter()
except TypeError as e:
    print(e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(e)
class Len0:
    def __len__(self): return 0
print(bool(Len0()), not Len0())
class Call:
    def __call__(self, *a, **k): return (a, sorted(k.items()))
print(Call()(1, x=2), callable(Call()))
try:
    NoIter()()
except TypeError as e:
    print(e)
