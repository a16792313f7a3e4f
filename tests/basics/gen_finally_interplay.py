def g():
    try:
        yield 1
        yield 2
    finally:
        print("g finally")
gi = g()
for x in gi:
    print("got", x)
    break
print("after break")
gi.close()
def h():
    try:
        yield 1
    finally:
        return "from finally"
it = h()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value)
def k():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
it = k()
next(it)
it.close()
def w():
    with open_cm() as c:
        yield c
class open_cm:
    def __enter__(self):
        print("enter"); return "res"
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
gen = w()
print(next(gen))
gen.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
    yield "end"
t = thrower()
next(t)
print(t.throw(ValueError("x")))
print(next(t))
try:
    t.throw(KeyError("late"))
except KeyError as e:
    print("propagated", repr(e))
