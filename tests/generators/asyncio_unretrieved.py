# A task that fails while nobody awaits it: the loop reports it when the task is collected
# (CPython: at once; taipan: at a collection or exit; stdout and stderr are compared apart).
import asyncio

async def boom():
    await asyncio.sleep(0)
    raise ValueError("lost")

async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.05)
    print("main done")

asyncio.run(main())
print("end")
