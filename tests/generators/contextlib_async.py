import asyncio
from contextlib import AsyncExitStack, asynccontextmanager, aclosing

@asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name
    finally:
        await asyncio.sleep(0)
        print("close", name)

class Sync:
    def __enter__(self):
        print("sync enter")
        return "S"
    def __exit__(self, *a):
        print("sync exit", a[0])

async def ticks():
    try:
        for i in range(5):
            yield i
    finally:
        print("ticks closed")

async def main():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("a"))
        s = stack.enter_context(Sync())
        b = await stack.enter_async_context(resource("b"))
        async def cb(x):
            print("async callback", x)
        stack.push_async_callback(cb, 1)
        stack.callback(print, "sync callback")
        print("using", a, s, b)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(resource("c"))
            raise KeyError("inside")
    except KeyError as e:
        print("KeyError", e)
    async with AsyncExitStack() as stack:
        async def swallow(*exc):
            print("swallowing", exc[0].__name__)
            return True
        stack.push_async_exit(swallow)
        raise ValueError
    print("swallowed")
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(Sync())
    except TypeError as e:
        print("TypeError:", e)
    async with aclosing(ticks()) as t:
        async for v in t:
            if v == 2:
                break
    print("after aclosing")

asyncio.run(main())
