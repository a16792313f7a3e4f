class Sleep:
    def __await__(self):
        yield "s"

async def ag():
    try:
        await Sleep()
        yield 1
        yield 2
    finally:
        print("ag finally")

g = ag()
a1 = g.asend(None)
print(a1.send(None))
a2 = g.asend(None)
try:
    a2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a1.send(None)
except StopIteration as e:
    print("yielded", e.value)
try:
    a1.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(g.ag_running, g.ag_await)
h = ag()
b = h.asend(None)
b.send(None)
print(type(h.ag_await).__name__)
b.close()
print("end")
