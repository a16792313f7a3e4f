# A tour of what taipan runs today. Every line of output matches CPython 3.11.

print("== numbers ==")
print(2 ** 100, -7 // 2, -7 % 2, 7 / 2)
print(0.1 + 0.2, 1e16, 1 / 3, float("inf"), round(2.675, 2))
fact = 1
for i in range(1, 31):
    fact *= i
print("30! =", fact, "bits:", fact.bit_length())
print(f"{1234567.891:,.2f} {255:#x} {255:08b} {0.5:.1%} {'left':<8}|")

print("== strings ==")
s = "Hello, wörld"
print(s.upper(), s[::-1], len(s), s.split(", "), repr(s))
print("-".join(str(i) for i in range(5)), "%s has %d chars" % (s, len(s)))

print("== containers ==")
squares = {n: n * n for n in range(6)}
evens = [n for n in squares if n % 2 == 0]
print(squares, evens, {3, 1, 2}, (1,), sorted(["pear", "fig", "apple"], key=len))
a, *rest, z = [1, 2, 3, 4, 5]
print(a, rest, z, list(zip("abc", range(3))), list(enumerate("xy", start=1)))

print("== functions ==")
def greet(name, /, greeting="Hello", *args, punct="!", **kw):
    return f"{greeting}, {name}{punct} {args} {kw}"
print(greet("taipan", "Hi", 1, 2, punct="?", mood="good"))

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c(); c()
print("closure count:", c())

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print("fib(90) =", fib(90), "cached values:", len(fib.cache))

print("== classes ==")
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

class Vector3(Vector):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return super().__repr__()[:-1] + f", {self.z})"

print(Vector(1, 2) + Vector(3, 4), Vector3(1, 2, 3), Vector(1, 1) == Vector(1, 1))
print(isinstance(Vector3(0, 0, 0), Vector), issubclass(Vector3, object), Vector3.__mro__)

print("== exceptions ==")
class AppError(Exception):
    pass

def risky(n):
    try:
        return 10 // n
    except ZeroDivisionError as e:
        raise AppError(f"bad input {n}") from e
    finally:
        print("finally runs for", n)

for n in (5, 0):
    try:
        print("result", risky(n))
    except AppError as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))

try:
    {}["missing"]
except LookupError as e:
    print("caught", repr(e))

# an uncaught NameError/AttributeError gets CPython's "Did you mean" (shown here on stdout)
import sys
total_count = 3
try:
    print(total_cont)
except NameError:
    saved, sys.stderr = sys.stderr, sys.stdout
    sys.excepthook(*sys.exc_info())
    sys.stderr = saved

print("== generators and match ==")
def gen():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

g = gen()
next(g)
for v in (1, 2, 3):
    print("running total", g.send(v))

def describe(point):
    match point:
        case (0, 0):
            return "origin"
        case (x, 0):
            return f"on x-axis at {x}"
        case {"x": x, "y": y}:
            return f"dict point {x},{y}"
        case _:
            return "somewhere"
print([describe(p) for p in [(0, 0), (3, 0), {"x": 1, "y": 2}, "?"]])

print("== context managers and async ==")
from contextlib import contextmanager
import asyncio

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t, tag("i"):
    print("inside", t)

async def worker(name, results, start=None, done=None):
    if start is not None:
        await start.wait()          # "a" waits until "b" has finished
    await asyncio.sleep(0.01)
    results.append(name)
    if done is not None:
        done.set()
    return name * 2

async def main():
    results, b_done = [], asyncio.Event()
    doubled = await asyncio.gather(worker("a", results, start=b_done),
                                   worker("b", results, done=b_done))
    print("finished in order", results, "->", doubled)

asyncio.run(main())

print("== big numbers and the standard library ==")
import math
print(math.factorial(25), math.gcd(2**64, 6**20), math.isqrt(10**40), f"{math.pi:.10f}")
print(round(sum(1 / math.factorial(k) for k in range(20)), 12) == round(math.e, 12))

print("== files, os and types ==")
import os, signal, types

folder = os.path.join("/tmp", f"taipan-tour-{os.getpid()}")
os.makedirs(folder, exist_ok=True)
path = os.path.join(folder, "notes.txt")
with open(path, "w", encoding="utf-8") as f:
    f.write("première ligne\nsecond line\n")
with open(path, "rb") as f:
    raw = f.read()
print(len(raw), "bytes;", [line.rstrip() for line in open(path, encoding="utf-8")])
view = memoryview(raw)   # no copy: slices of a view are views
print(bytes(view[:8]).decode(), view[::-1][:5].tobytes(), view.readonly)
print(os.path.basename(path), os.path.splitext(path)[1], os.stat(path).st_size == len(raw))
os.remove(path)
os.rmdir(folder)
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)

def on_alarm(signum, frame):
    raise TimeoutError(f"signal {signal.Signals(signum).name}")
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.01)
try:
    while True:
        pass
except TimeoutError as e:
    print("interrupted:", e)

def area(shape: tuple[int, int] | None) -> int:
    return 0 if shape is None else shape[0] * shape[1]
print(area.__annotations__["shape"], area((3, 4)), isinstance(None, int | None))
print(list[int], types.SimpleNamespace(x=1, y=2))

import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("old API", DeprecationWarning)
print([(w.category.__name__, str(w.message)) for w in caught])
