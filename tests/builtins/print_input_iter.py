# print keywords, iter/next, input at EOF
import sys
print(1, 2, 3, sep="-", end="!\n")
print("a", "b", sep=None, end=None)
print()
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
for bad in ["print(1, sep=1)", "print(1, end=2)", "print(x=1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("x", 1, file=w)
print(w.parts)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next(5)
except TypeError as e:
    print(e)
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
try:
    iter(1, 2)
except TypeError as e:
    print(e)
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", e)
