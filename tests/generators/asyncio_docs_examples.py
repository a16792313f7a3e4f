import asyncio
import time

async def worker(name, queue, log):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        queue.task_done()
        log.append((name, sleep_for))

async def main():
    queue = asyncio.Queue()
    total_sleep_time = 0
    for i in range(9):
        sleep_for = (i % 3 + 1) * 0.01
        total_sleep_time += sleep_for
        queue.put_nowait(sleep_for)
    log = []
    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f'worker-{i}', queue, log))
        tasks.append(task)
    started_at = time.monotonic()
    await queue.join()
    total_slept_for = time.monotonic() - started_at
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print('====')
    print(f'total expected sleep time: {total_sleep_time:.2f} seconds')
    print(len(log), sorted(s for _, s in log), [t.cancelled() for t in tasks])

asyncio.run(main())

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main2():
    task1 = asyncio.create_task(say_after(0.02, 'hello'))
    task2 = asyncio.create_task(say_after(0.04, 'world'))
    print("started")
    await task1
    await task2
    print("finished")
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "via call_soon")
    print(await fut)
    print(asyncio.all_tasks() == {asyncio.current_task()})

asyncio.run(main2())

async def countdown(name, n):
    while n > 0:
        print(name, n)
        n -= 1
        await asyncio.sleep(0)
    return name

async def main3():
    print(await asyncio.gather(countdown("A", 2), countdown("B", 3)))
    t = asyncio.ensure_future(countdown("C", 1))
    print(await t, t.get_name())

asyncio.run(main3())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(countdown("D", 1)))
loop.close()
print(loop.is_closed())
