class Sleep:
    def __await__(self):
        return (yield "tick")

class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep()
        return self.i

class ACM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    async def __aenter__(self):
        print("aenter", self.name)
        await Sleep()
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("aexit", self.name, t.__name__ if t else None, v)
        return self.suppress

def run(coro):
    n = 0
    while True:
        try:
            coro.send(None)
            n += 1
        except StopIteration as e:
            print("ticks", n)
            return e.value

async def add(a, b):
    await Sleep()
    return a + b

async def main():
    print(await add(1, 2))
    c = add(3, 4)
    print(type(c).__name__, c.cr_running, c.cr_code.co_name, c.cr_await, c.cr_frame is not None)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    async for i in AIter(3):
        print("ait", i)
    print([i async for i in AIter(4)])
    print([await add(i, i) for i in range(3)])
    async with ACM("a") as x, ACM("b") as y:
        print("body", x, y)
    async with ACM("s", True):
        raise ValueError("swallowed")
    try:
        async with ACM("n"):
            raise KeyError("kept")
    except KeyError as e:
        print("KeyError", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError:", e)
    it = AIter(2)
    print(await anext(it), await anext(it), await anext(it, "dflt"))
    print(aiter(it) is it)
    aw = add(1, 1).__await__()
    print(type(aw).__name__)
    try:
        next(aw); next(aw)
    except StopIteration as e:
        print("via __await__", e.value)
    return "done"

print(run(main()))
c = add(1, 2)
print(repr(c).startswith("<coroutine object add at"))
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c = add(1, 2)
def not_iter():
    yield from c
try:
    list(not_iter())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
c.close()
