x = None
n = x
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x == None, x != 0, bool(x))
def f():
    pass
print(f() is None)
print([None] * 3)
print({None: 1}[None])
print(None in [1, None])
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    n[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
