import sys
orig = sys.getrecursionlimit()
print(type(orig).__name__, orig > 50)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(orig)
print(sys.getrecursionlimit() == orig)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(3000)
print(depth(2500))
sys.setrecursionlimit(orig)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
