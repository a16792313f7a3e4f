# == on 100000-deep nested tuples/lists raises RecursionError.
# taipan-test: skip-gcstress
import sys
def nest():
    t = ()
    for i in range(100000):
        t = (t,)
    return t
a, b = nest(), nest()
print("built"); sys.stdout.flush()
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
l1, l2 = [], []
for i in range(100000):
    l1, l2 = [l1], [l2]
try:
    print(l1 == l2)
except RecursionError as e:
    print("RecursionError", e)
try:
    print(l1 < l2)
except RecursionError as e:
    print("RecursionError", e)
