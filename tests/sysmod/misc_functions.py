# sys.is_finalizing, getfilesystemencodeerrors, get/setswitchinterval, call_tracing,
# thread_info and stdlib_module_names.
import sys

print(sys.is_finalizing(), sys.getfilesystemencodeerrors(), sys.getswitchinterval())
for v in (0.0000001, 1e30, 5, True, 0.25, -1, 0, -0.0, "a", None, float("nan"), float("inf"),
          2 ** 70, 10 ** 400):
    try:
        sys.setswitchinterval(v)
        print(repr(v)[:20], sys.getswitchinterval())
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(v)[:20], type(e).__name__, e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())


class F:
    def __float__(self):
        return 0.5


sys.setswitchinterval(F())
print(sys.getswitchinterval())

for args in [(), (1,), (print,), (print, [1]), (print, 1, 2), (len, ("abc",)), (1, ())]:
    try:
        print(sys.call_tracing(*args))
    except TypeError as e:
        print("TypeError:", e)


class T(tuple):
    pass


print(sys.call_tracing(lambda *a: a, T((1, 2))))
for f in (lambda: sys.call_tracing(func=print, args=()), lambda: sys.is_finalizing(1),
          lambda: sys.getswitchinterval(1), lambda: sys.setswitchinterval()):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

ti = sys.thread_info
print(repr(ti).split(', version=')[0], type(ti).__name__, type(ti).__module__, ti.name, ti.lock)
print(ti[2] == ti.version, ti.version.split()[0], ti[:2])
print(len(ti), ti.n_fields, type(ti).__mro__[1:])
names = sys.stdlib_module_names
print(type(names).__name__, len(names), "os" in names, "taipan" in names, "_io" in names)
print(sorted(names)[:5], sorted(names)[-3:])
