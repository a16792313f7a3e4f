# A built-in type's __bases__ (its base in a 1-tuple) is made when first asked for; every path
# that reads it must see the same tuple as CPython, and the same object each time.
print(bool.__bases__, bool.__base__, KeyError.__base__, KeyError.__bases__)
print(object.__bases__, object.__base__, type.__bases__, type.__base__)
print(ZeroDivisionError.__base__, ZeroDivisionError.__bases__)   # __base__ first
b = dict.__bases__
print(b is dict.__bases__, type(b).__name__, len(b))
print(int.mro(), type.mro(bool), OSError.mro())
print(type.__dict__['__bases__'].__get__(float), type.__dict__['__base__'].__get__(str))
print(ExceptionGroup.__bases__, ExceptionGroup.__base__, BaseExceptionGroup.__bases__)
class C(int): pass
class D(C, Exception if False else object): pass
print(C.__bases__, D.__bases__, D.__base__, D.__mro__)
for t in (list, tuple, KeyError):
    try:
        t.__bases__ = (object,)
    except TypeError as e:
        print(type(e).__name__, e)
class A: pass
class B: pass
class X(A): pass
X.__bases__ = (B,)
print(X.__bases__, X.__mro__)
try:
    X.__bases__ = (int,)
except TypeError as e:
    print(type(e).__name__, e)
import io
print(io.StringIO.__bases__, io.TextIOWrapper.__base__, memoryview.__bases__ if False else range.__bases__)
print([c.__name__ for c in ArithmeticError.__subclasses__()])
