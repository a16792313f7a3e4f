import sys
def g():
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
    return "done"

it = g()
print(it.gi_running, it.gi_suspended, it.gi_frame is not None, it.gi_code.co_name, it.gi_yieldfrom)
try:
    it.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(it))
print(it.gi_suspended, it.gi_frame.f_lineno)
print(it.send(10))
try:
    it.send(20)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
print(it.gi_frame, it.gi_suspended)
try:
    next(it)
except StopIteration as e:
    print("again", repr(e.value), e.args)

def running():
    print("inside", r.gi_running)
    try:
        next(r)
    except ValueError as e:
        print("ValueError:", e)
    yield 1
r = running()
next(r)

# close
def c():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
x = c(); next(x); x.close(); print("closed", x.gi_frame)
x.close()
def ignore():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
    yield 2
x = ignore(); next(x)
try:
    x.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(x))
def retclose():
    try:
        yield 1
    except GeneratorExit:
        return 5
x = retclose(); next(x); print(x.close())
# close on unstarted
x = c(); x.close(); print(list(x))

# throw
def t():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", repr(e))
            yield "after"
x = t(); next(x)
print(x.throw(ValueError("a")))
next(x)
print(x.throw(ValueError))
next(x)
print(x.throw(ValueError, "three"))
next(x)
print(x.throw(ValueError, ValueError("inst")))
try:
    x.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(x.gi_frame)
try:
    x.throw(TypeError, TypeError("x"), 5)
except TypeError as e:
    print(e)
try:
    t().throw(1)
except TypeError as e:
    print(e)
try:
    t().throw(ValueError("v"), 2)
except TypeError as e:
    print(e)
# throw into unstarted
try:
    t().throw(IndexError("unstarted"))
except IndexError as e:
    print("IndexError", e)

# PEP 479
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__), e.__suppress_context__)
def bad2():
    next(iter([]))
    yield
try:
    next(bad2())
except RuntimeError as e:
    print("RuntimeError:", e)

# genexpr scope
x = 10
g2 = (x for x in range(3))
print(list(g2), x)
class C:
    v = 5
    try:
        l = list(v + i for i in range(3))
    except NameError as e:
        print("NameError", e)
    l2 = [i for i in range(v)]
print(C.l2)
ge = (i*i for i in range(3))
print(type(ge).__name__, ge.__name__, ge.__qualname__, ge.gi_code.co_name)
print(repr(g).startswith("<function g"), repr(it).startswith("<generator object g at "))
print(next.__name__, iter(it) is it)
print(sum(i for i in range(10)))
