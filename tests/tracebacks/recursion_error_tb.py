# RecursionError: CPython collapses the repeated frames.
import sys
sys.setrecursionlimit(100)
def recurse(n):
    return recurse(n + 1) + 1
print("starting recursion")
x = 1
y = 2
print(x + y)
recurse(0)
