# "Exception ignored in: <object repr() failed>": the __del__ that raised is a callable object
# whose repr() fails too.
import gc
class Finalizer:
    def __call__(self):
        raise KeyError("from del")
    def __repr__(self):
        raise ValueError("no repr")
class A:
    __del__ = Finalizer()
a = A()
del a
gc.collect()
print("after")
