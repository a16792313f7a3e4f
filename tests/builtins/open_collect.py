# A file object nobody references any more is flushed and closed when collected.
import gc
import time

BASE = '/tmp/taipan_open_collect_%d_%d' % (time.time_ns(), id(object()))
p = BASE + 'c.txt'


def write_and_forget(text):
    f = open(p, 'w')
    f.write(text)


write_and_forget('first version\n')
gc.collect()
with open(p) as f:
    print(repr(f.read()))


try:
    import os
    os.remove(p)
except ImportError:
    pass
