import sys
print(sys.getrecursionlimit())
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError", e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 500, d < 1000)
def g(n):
    if n == 0:
        return 0
    return 1 + g(n - 1)
print(g(500))
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit(), g(1500))
