class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), hex(Idx()), range(Idx()))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print(int(Num()), float(Num()))
try:
    [1, 2][Num()]
except TypeError as e:
    print(type(e).__name__, e)
class Rnd:
    def __round__(self, n=None):
        return f"round({n})"
print(round(Rnd()), round(Rnd(), 2))
class Neg:
    def __neg__(self):
        return "negated"
    def __abs__(self):
        return "absolute"
print(-Neg(), abs(Neg()))
try:
    +Neg()
except TypeError as e:
    print(type(e).__name__, e)
