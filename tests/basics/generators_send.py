def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"
g = echo()
print(next(g))
print(g.send(1))
print(g.send("hello"))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)
def averager():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
print("closed")
