# The struct sequences of sys: which can be made from a sequence, none can be subclassed,
# members named after the type's full name.
import sys
for n in ('version_info','flags','float_info','hash_info','int_info','thread_info'):
    t = type(getattr(sys, n))
    try:
        v = t(tuple(getattr(sys, n))); print(n, 'ok', v == getattr(sys, n))
    except Exception as e: print(n, type(e).__name__, e)
    try:
        class X(t): pass
        print(n, 'subclass ok')
    except Exception as e: print(n, type(e).__name__, e)
print(type(sys.version_info).major, type(sys.float_info).max)
print(sys.float_info.__reduce__()[0] is type(sys.float_info))
