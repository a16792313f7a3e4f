class A:
    def __init__(self, x):
        self.x = x
    def m(self):
        return 1
try:
    A()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1).m(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1).missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A(1).x()
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A(y=1)
except TypeError as e:
    print(type(e).__name__, e)
