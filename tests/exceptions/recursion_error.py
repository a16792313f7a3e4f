import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
depth = 0
def count():
    global depth
    depth += 1
    count()
sys.setrecursionlimit(200)
try:
    count()
except RecursionError:
    print("limited depth in range:", 150 < depth <= 200)
sys.setrecursionlimit(1000)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)
