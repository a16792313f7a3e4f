# "Did you mean" for many generated names: candidates are given to AttributeError through an
# object whose __dir__ returns them; sys.excepthook prints the suggestion (or none).
import sys
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
ALPHA = "aabcdeefgiklmnoorstuAEIOU_xyzXZ09é"
def word(lo, hi):
    return "".join(ALPHA[rnd(len(ALPHA))] for _ in range(lo + rnd(hi - lo + 1)))
def mutate(w):
    w = list(w)
    for _ in range(1 + rnd(3)):
        op = rnd(4)
        i = rnd(len(w) + 1)
        if op == 0:
            w.insert(i, ALPHA[rnd(len(ALPHA))])
        elif op == 1 and w:
            del w[min(i, len(w) - 1)]
        elif op == 2 and w:
            j = min(i, len(w) - 1)
            w[j] = w[j].swapcase()
        elif w:
            w[min(i, len(w) - 1)] = ALPHA[rnd(len(ALPHA))]
    return "".join(w) or "q"
class O:
    def __init__(self, names):
        self.names = names
    def __dir__(self):
        return self.names
sys.stderr = sys.stdout
for case in range(400):
    base = word(1, 14 if case % 10 else 45)
    cands = [mutate(base) for _ in range(rnd(6))] + [word(1, 12) for _ in range(rnd(4))]
    name = mutate(base)
    try:
        raise AttributeError(name=name, obj=O(cands))
    except AttributeError:
        print(case, repr(name), sorted(cands))
        t, v, tb = sys.exc_info()
        sys.excepthook(t, v, None)
