# sys.setprofile: deep recursion while profiled, a non-callable profile function, arity errors,
# RecursionError under a profile function.
import sys
n = 0
def prof(frame, event, arg):
    global n
    n += 1
def rec(k):
    return 0 if k == 0 else 1 + rec(k - 1)
sys.setprofile(prof)
print(rec(900))
sys.setrecursionlimit(20000)
print(rec(3000))
sys.setrecursionlimit(1000)
sys.setprofile(None)
print(n)
def f(): return 1
sys.setprofile(5)
try:
    f()
except TypeError as e:
    print("TypeError", e, sys.getprofile())
for a in [(), (1, 2)]:
    try:
        sys.setprofile(*a)
    except TypeError as e:
        print(e)
try:
    sys.getprofile(1)
except TypeError as e:
    print(e)
def rec2(k):
    return rec2(k + 1)
sys.setprofile(prof)
try:
    rec2(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setprofile(None)
