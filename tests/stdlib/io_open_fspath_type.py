# open() finds __fspath__ on the type, as os.fspath does: a class that defines it is no path,
# nor is an instance that only has it as an attribute; a failed open names the path that
# __fspath__ returned (found by the exec fuzzer: open(P) called P.__fspath__ with no arguments).
import os

MISSING = "/nonexistent-dir-taipan/file.txt"

class P:
    def __fspath__(self):
        return MISSING

class B:
    def __fspath__(self):
        return MISSING.encode()

class Bad:
    def __fspath__(self):
        return 3

class Q:
    pass

q = Q()
q.__fspath__ = lambda: MISSING

for v in (P, P(), B(), Bad(), q, Q, 3.5, None):
    try:
        open(v)
    except Exception as e:
        print(type(e).__name__, e)
print(os.fspath(P()), os.fspath(B()))
for v in (P, q):
    try:
        os.fspath(v)
    except TypeError as e:
        print("TypeError", e)
