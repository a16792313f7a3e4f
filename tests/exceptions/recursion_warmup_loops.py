# When a code object counts as warm (CPython 3.11 specialises its calls, and some built-ins then
# cost no recursion level): entries and for-loop back edges warm it, a while-loop re-test does not.
import sys
sys.setrecursionlimit(50)
count = 0
class A:
    def __len__(self):
        global count
        count += 1
        return len(self)
def mk(n):
    def h():
        global count
        i = 0
        while i < n:
            i = i + 1
        count = 0
        try:
            len(A())
        except RecursionError as e:
            pass
        return count
    return h
print([mk(n)() for n in range(0, 12)])
def mk2(n):
    def h():
        global count
        for i in range(n):
            pass
        count = 0
        try:
            len(A())
        except RecursionError as e:
            pass
        return count
    return h
print([mk2(n)() for n in range(0, 12)])
def mk3(n):
    def h():
        global count
        x = 0
        for i in range(n):
            x = i
        count = 0
        try:
            len(A())
        except RecursionError as e:
            pass
        return count
    return h
print([mk3(n)() for n in range(0, 12)])
