# With gc.collect() right after the last reference goes, taipan's (collector-driven) closing of
# an unfinished generator happens at the same point in the output as CPython's prompt one.
import gc

def gen(n):
    try:
        yield n
        yield n + 1
    finally:
        print("finally", n)

def use(n):
    g = gen(n)
    print("got", next(g))

def loop_and_break(n):
    for x in gen(n):
        print("loop got", x)
        break

use(1)
gc.collect()
print("after first collect")
loop_and_break(2)
gc.collect()
print("after second collect")

def nested():
    def inner():
        try:
            yield "inner"
        finally:
            print("inner finally")
    def outer():
        try:
            yield from inner()
        finally:
            print("outer finally")
    o = outer()
    print(next(o))

nested()
gc.collect()
print("end")
