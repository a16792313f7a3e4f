# sys.setprofile: set inside a running function (its return is reported), generators (send,
# throw: each resumption a 'call', each yield a 'return'), bound built-in methods, calls from C,
# a failing profile function (unset, its error raised), switching inside the profile function,
# frames left by an exception.
import sys
events = []
def prof(frame, event, arg):
    if event.startswith('c_'):
        a = getattr(arg, '__qualname__', arg)
    elif isinstance(arg, (int, str, type(None))):
        a = arg
    else:
        a = type(arg).__name__
    events.append((event, frame.f_code.co_name, a))

def gen():
    x = yield 1
    try:
        yield x
    except KeyError:
        yield "caught"
    return "done"

def inner():
    sys.setprofile(prof)
    return 7

def outer():
    v = inner()
    g = gen()
    next(g)
    g.send(5)
    g.throw(KeyError)
    try:
        next(g)
    except StopIteration as e:
        pass
    app = [].append
    app(3)
    dict.fromkeys("ab")
    list(map(abs, [-1, -2]))
    exec("y = 1")
    "a,b".split(",")
    print("in outer", file=sys.stderr)
    return v

outer()
sys.setprofile(None)
for e in events:
    print(e)
print("--- errors in the profile function")
def bad_call(frame, event, arg):
    if event == 'return' and frame.f_code.co_name == 'f':
        raise ValueError("in return")
def f():
    try:
        return 1
    finally:
        print("finally")
sys.setprofile(bad_call)
try:
    f()
except ValueError as e:
    print("caught", e, sys.getprofile())
def prof2(frame, event, arg):
    if event == 'c_call':
        raise KeyError("c")
sys.setprofile(prof2)
try:
    len([])
except KeyError as e:
    print("caught", repr(e), sys.getprofile())
print("--- switching inside the profile function")
log = []
def once(frame, event, arg):
    log.append((event, frame.f_code.co_name, sys.getprofile() is once))
    sys.setprofile(None)
def k(): return 1
sys.setprofile(once)
k()
k()
print(log, sys.getprofile())
def swap(frame, event, arg):
    log.append(("swap", event))
    sys.setprofile(prof)
log.clear(); events.clear()
sys.setprofile(swap)
k()
sys.setprofile(None)
print(log, events)
print("--- exception leaving frames")
events.clear()
def deep():
    raise IndexError("x")
def mid():
    deep()
sys.setprofile(prof)
try:
    mid()
except IndexError:
    pass
sys.setprofile(None)
for e in events:
    print(e)
