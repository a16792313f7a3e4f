import asyncio

async def ticker(name, n, delay):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(delay)
    return name

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
    finally:
        print("slow finally")

async def boom(n):
    await asyncio.sleep(0)
    raise ValueError("boom %d" % n)

async def main():
    # interleaving of sleep(0)-driven tasks
    await asyncio.gather(ticker("A", 3, 0), ticker("B", 2, 0), ticker("C", 1, 0))
    # cancel
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", type(e).__name__, e.args)
    print(t.cancelled(), t.done(), t.cancel())
    # cancel with a message
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("msg:", e.args)
    # wait_for timeout
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timed out", type(e).__name__, asyncio.TimeoutError is TimeoutError,
              type(e.__cause__).__name__)
    print(await asyncio.wait_for(ticker("W", 1, 0), 1))
    # gather with exceptions
    res = await asyncio.gather(boom(1), ticker("G", 1, 0), boom(2), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(boom(3), ticker("H", 2, 0))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.01)
    # task result/exception API
    t = asyncio.create_task(boom(4))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0.01)
    print(t.done(), repr(t.exception()))
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, f.set_result, "later")
    asyncio.get_running_loop().call_soon(print, "call_soon ran")
    print(await f, f.result())
    print(repr(f))
    # shield
    inner = asyncio.create_task(ticker("S", 1, 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner", inner.cancelled())
    print(await inner)
    # wait
    tasks = [asyncio.create_task(asyncio.sleep(d, d)) for d in (5, 0, 6)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    tasks[0].cancel()
    tasks[2].cancel()
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), [t.cancelled() for t in tasks])
    for coro in asyncio.as_completed([asyncio.sleep(0.3, "second"), asyncio.sleep(0, "first")]):
        print(await coro)

asyncio.run(main())
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
c = main()
print(asyncio.iscoroutine(c))
c.close()
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
