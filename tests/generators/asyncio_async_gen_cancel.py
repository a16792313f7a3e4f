# taipan-test: skip-gcstress (asyncio timing: a 10 ms tick must fit in a 50 ms window)
import asyncio

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            yield i
    except asyncio.CancelledError:
        print("ticker saw cancel")
        raise
    finally:
        print("ticker finally")

async def consume():
    got = []
    try:
        async for v in ticker(100):
            got.append(v)
    finally:
        print("consumer got", len(got) > 0)

async def agen_timeout():
    try:
        async with asyncio.timeout(0.05):
            async for v in ticker(1000):
                pass
    except TimeoutError:
        print("timed out iterating")

async def main():
    t = asyncio.create_task(consume())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consume cancelled", t.cancelled())
    await agen_timeout()
    tk = ticker(5)
    r = await asyncio.wait_for(anext(tk), 1)
    print("anext", r)
    await tk.aclose()
    print([x async for x in ticker(3)])

asyncio.run(main())
