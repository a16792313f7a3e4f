# os: constants, environment, process ids, pipes, errors with the right OSError subclass
import os

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.devnull, os.pathsep, os.altsep)
print(os.extsep, os.error is OSError, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.SEEK_CUR, os.F_OK)
print(os.getpid() > 1, os.getppid() > 0, isinstance(os.getuid(), int), os.cpu_count() >= 1)
print(os.strerror(2), "|", os.strerror(13))
r = os.urandom(16)
print(type(r).__name__, len(r), os.urandom(0))

os.environ["TP_OS_X"] = "value"
print(os.environ["TP_OS_X"], os.getenv("TP_OS_X"), "TP_OS_X" in os.environ)
print(os.getenv("TP_OS_MISSING"), os.getenv("TP_OS_MISSING", "dflt"), os.environ.get("TP_OS_X"))
print(os.environ.setdefault("TP_OS_Y", "y"), os.environ.pop("TP_OS_Y"), "TP_OS_Y" in os.environ)
del os.environ["TP_OS_X"]
for bad in [lambda: os.environ["TP_OS_X"], lambda: os.environ.__delitem__("TP_OS_X")]:
    try:
        bad()
    except KeyError as e:
        print("KeyError", e)
for k, v in [("K", 1), (2, "v")]:
    try:
        os.environ[k] = v
    except TypeError as e:
        print("TypeError", e)
for k in ["", "A=B"]:
    try:
        os.putenv(k, "x")
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
print(isinstance(os.environ.copy(), dict), len(os.environ) == len(list(os.environ)))
print("PATH" in os.environ and "PATH" in os.environ.keys())

r, w = os.pipe()
print(os.write(w, b"through the pipe"), os.read(r, 7), os.read(r, 100))
w2 = os.dup(w)
os.dup2(w, 100)
os.write(100, b"x")
os.write(w2, b"y")
print(os.read(r, 10), os.isatty(r), os.get_blocking(r))
os.set_blocking(r, False)
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == 11)
for fd in (r, w, w2, 100):
    os.close(fd)
for f, args in [(os.read, (r, 1)), (os.close, (r,)), (os.fstat, (r,))]:
    try:
        f(*args)
    except OSError as e:
        print(f.__name__, type(e).__name__, e)
try:
    os.write(1, "str")
except TypeError as e:
    print("TypeError", e)

print(os.fspath("p"), os.fspath(b"b"), os.fsencode("s"), os.fsdecode(b"t"), os.fsencode("\udcff"))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError", e)


class Bad:
    def __fspath__(self):
        return 1


for f in (os.fspath, os.stat):
    try:
        f(Bad())
    except TypeError as e:
        print("TypeError", e)
for f, arg in [(os.stat, []), (os.mkdir, 1), (os.listdir, 1.5), (os.stat, "a\0b"),
               (os.stat, b"a\0b"), (os.stat, "/nonexistent/x")]:
    try:
        f(arg)
    except (TypeError, ValueError, OSError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    os.rename("/nonexistent/a", "/nonexistent/b")
except OSError as e:
    print(type(e).__name__, e, e.filename2)
try:
    os.kill(os.getpid(), 999)
except OSError as e:
    print(type(e).__name__, e)
