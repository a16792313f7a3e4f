# A file object collected while its close() fails: CPython (outside -X dev) drops the error.
import gc, io
f = open('/dev/full', 'w')
f.write('x')
del f
gc.collect()
print('after del')
class F(io.StringIO):
    def __repr__(self):
        raise ValueError("no repr")
    def close(self):
        raise OSError('close failed')
f = F()
del f
gc.collect()
class B(io.BytesIO):
    def close(self):
        super().close()
        raise KeyError('after close')
b = B()
del b
gc.collect()
print('end')
