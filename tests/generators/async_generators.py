class Sleep:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield ("sleep", self.v)
        return r

async def agen(n):
    try:
        for i in range(n):
            got = await Sleep(i)
            print("agen awaited ->", got)
            x = yield i * 10
            print("agen got", x)
    finally:
        print("agen finally")

def run(coro):
    """Drive a coroutine by hand, answering each yielded request."""
    v = None
    while True:
        try:
            req = coro.send(v)
        except StopIteration as e:
            return e.value
        print("request", req)
        v = "wake" + str(req[1])

async def main():
    g = agen(3)
    print(type(g).__name__, g.ag_running, g.ag_code.co_name, g.ag_await, g.ag_frame is not None)
    async for v in g:
        print("for got", v)
    print([v async for v in agen(2)])
    g = agen(3)
    print(await g.asend(None))
    print(await g.asend("hello"))
    print(await g.__anext__())
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow raised", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g = agen(5)
    await g.asend(None)
    await g.aclose()
    print("closed", g.ag_frame)
    await g.aclose()
    # athrow caught inside
    async def catcher():
        while True:
            try:
                yield 1
            except KeyError as e:
                print("caught", repr(e))
                yield "recovered"
    c = catcher()
    await c.__anext__()
    print(await c.athrow(KeyError("k")))
    try:
        print(await c.athrow(KeyError, "two"))
    except KeyError as e:
        print("escaped", repr(e))
    try:
        await c.athrow(KeyError, "three")
    except StopAsyncIteration:
        print("athrow on finished: StopAsyncIteration")
    except Exception as e:
        print("athrow on finished:", type(e).__name__)
    async def ignorer():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    i = ignorer()
    await i.__anext__()
    try:
        await i.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async def bad():
        yield 1
        raise StopAsyncIteration
    try:
        async for x in bad():
            print(x)
    except RuntimeError as e:
        print("RuntimeError:", e)
    a = agen(1)
    aw = a.asend(None)
    print(type(aw).__name__, type(a.aclose()).__name__, type(a.athrow(ValueError)).__name__)
    await aw
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)
    await a.aclose()
    print(sum([x async for x in agen(3) if x > 0]))
    print({x: y async for x, y in pairs()})
    return "main done"

async def pairs():
    yield 1, 2
    yield 3, 4

print(run(main()))
