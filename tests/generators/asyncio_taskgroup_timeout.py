# taipan-test: skip-faultinject (asyncio tasks catch an injected MemoryError and go on)
import asyncio

async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError("job %s failed" % name)
        print("job", name, "finished")
        return name
    except asyncio.CancelledError:
        print("job", name, "cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0))
        t2 = tg.create_task(job("b", 0.01))
    print("results", t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("c", 0.5))
            tg.create_task(job("d", 0, fail=True))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        print("caught group:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("f", 0, fail=True))
            tg.create_task(job("g", 0, fail=True))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, sorted(str(e) for e in eg.exceptions))
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout expired", cm.expired(), type(e.__cause__).__name__)
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("not expired", cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        await asyncio.sleep(0)
    print("rescheduled ok", cm.when() is not None)
    tg = asyncio.TaskGroup()
    c = job("h", 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        c.close()
        print("RuntimeError:", str(e).split(" ")[-3:])

asyncio.run(main())
