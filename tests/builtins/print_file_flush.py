import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("err", "parts", sep="+", end="!\n", file=sys.stderr)
print("file=None goes to stdout", file=None)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print("hello", "world", file=c)
print(42, end="", file=c)
print(c.parts)
sys.stdout.write("direct write\n")
n = sys.stderr.write("direct err\n")
print("returned", n)
