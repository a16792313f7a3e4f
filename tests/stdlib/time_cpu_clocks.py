# time.process_time / thread_time: CPU clocks that advance with work, not with sleeping.
import time

for name in ("process_time", "thread_time"):
    f = getattr(time, name)
    fns = getattr(time, name + "_ns")
    a, a_ns = f(), fns()
    print(name, type(a).__name__, type(a_ns).__name__, a >= 0, a_ns >= 0)
    x = 0
    for i in range(20000):
        x += i * i
    b, b_ns = f(), fns()
    print(" advances with work:", b > a, b_ns > a_ns)
    s0 = f()
    time.sleep(0.05)
    print(" sleeping costs little CPU:", f() - s0 < 0.04)
    try:
        f(1)
    except TypeError as e:
        print(" ", e)

# a module function's errors name its module, as CPython does (builtins' do not)
import os
for f in (lambda: time.time(x=1), lambda: os.getpid(x=1), lambda: len(), lambda: len(x=1),
          lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: os.getcwd(1), lambda: abs(1, 2)):
    try:
        f()
    except TypeError as e:
        print(e)
