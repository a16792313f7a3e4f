# argument checks of the io layers: sizes, seek positions, constructor arguments
import io
import time
p = '/tmp/taipan_io_args_%d_%d.bin' % (time.time_ns(), id(object()))
def t(fn):
    try:
        r = fn()
        print('ok', repr(r).replace(p, 'P')[:60])
    except Exception as e:
        print(type(e).__name__, e)
with open(p, 'wb') as f:
    f.write(b'a' * 100000 + b'\n' + b'b' * 10)
f = open(p, 'rb')
t(lambda: len(f.readline()))
t(lambda: f.read(-5))
t(lambda: f.read(None))
t(lambda: f.read('x'))
t(lambda: f.seek(1.5))
t(lambda: f.seek(-1))
t(lambda: f.read1(-1))
t(lambda: f.peek(-1)[:0])
f.close()
r = open(p, 'rb', buffering=0)
t(lambda: r.read(-1)[:3])
t(lambda: r.seek(0, 7))
t(lambda: r.read('x'))
r.close()
t(lambda: r.readable())
tf = open(p)
t(lambda: len(tf.readline(50000)))
t(lambda: len(tf.readline()))
t(lambda: tf.read(-3))
t(lambda: tf.readline(None))
t(lambda: tf.readline('3'))
t(lambda: tf.read('3'))
tf.close()
t(lambda: open(p, 'rb', buffering=-5))
t(lambda: open(p, 'rb', buffering='x'))
t(lambda: io.BufferedReader(io.FileIO(p), 0))
t(lambda: io.TextIOWrapper(io.BytesIO(), encoding=5))
t(lambda: io.TextIOWrapper(io.BytesIO(), newline='z'))
t(lambda: io.TextIOWrapper(io.BytesIO(), newline=5))
t(lambda: io.StringIO(5))
t(lambda: io.StringIO('', 'z'))
t(lambda: io.BytesIO('s'))
t(lambda: io.FileIO(p, 'rt'))
t(lambda: io.FileIO(p, 'rw'))
t(lambda: io.FileIO(-1))
t(lambda: io.FileIO(p, closefd=False))
t(lambda: open(p, 'w').write(3))
t(lambda: open(p, 'wb').write(3))
try:
    import os
    os.remove(p)
except ImportError:
    pass
