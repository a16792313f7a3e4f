import asyncio

async def producer(q, n, name):
    for i in range(n):
        await q.put((name, i))
        print(f"{name} put {i} (size {q.qsize()})")
    await q.put(None)

async def consumer(q, name, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(name, "done")
            return
        print(name, "got", item)
        results.append(item)
        await asyncio.sleep(0)
        q.task_done()

async def locker(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.001)
        log.append(name + " out")

async def sem_user(sem, i, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        print("sem enter", i, active[0])
        for _ in range(3 - i % 3):
            await asyncio.sleep(0)
        active[0] -= 1
        print("sem leave", i)

async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke", ev.is_set())

async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(q, 4, "p"), consumer(q, "c", results))
    await q.join()
    print(results, q.empty(), q.full(), q.maxsize)
    q2 = asyncio.Queue()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q3 = asyncio.Queue(1)
    q3.put_nowait(1)
    try:
        q3.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 4, 2, 3):
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in range(3):
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])
    # get with wait_for timeout
    try:
        await asyncio.wait_for(q2.get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out", q2.qsize())

    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locker(lock, n, log) for n in "abc"))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    await asyncio.gather(*(sem_user(sem, i, active, peak) for i in range(5)))
    print("peak", peak[0], sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    await asyncio.gather(*ws)
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    items = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            print("cond consumer got", items.pop())
    t = asyncio.create_task(cons())
    await asyncio.sleep(0)
    async with cond:
        items.append("thing")
        cond.notify()
    await t

asyncio.run(main())
