import asyncio

async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()

async def main():
    log = []
    t1 = asyncio.create_task(worker("a", 0.2, log))
    t2 = asyncio.create_task(worker("b", 0, log))
    print(await t1, await t2)
    print(log)
    print(await asyncio.gather(worker("x", 0.01, log), worker("y", 0, log), asyncio.sleep(0, "z")))
    loop = asyncio.get_running_loop()
    print(type(loop).__name__ != "", loop.is_running())
    print(asyncio.current_task().get_name())
    return 42

print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
