import sys
print("a", "b", sep=None, end=None)
print("a", "b", sep="", end="|\n")
print(sep="-")
print()
print("x", file=None)
print("y", file=sys.stdout, flush=True)
print(*[1, 2, 3], sep=", ")
print(*"abc")
print(1, 2, **{"sep": "+"})
print("multi\nline", end="")
print()
try:
    print("z", flush=1, bogus=2)
except TypeError as e:
    print(e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("to", "writer", file=w)
print(w.parts)
try:
    print("x", file=object())
except AttributeError as e:
    print("AttributeError", e)
sys.stdout.write("written\n")
print(sys.stdout.write("abc"))
