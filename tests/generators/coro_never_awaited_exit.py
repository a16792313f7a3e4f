# A coroutine that is never awaited and still alive at exit: CPython warns as the module is torn
# down ("sys:1"). A coroutine that was closed or awaited gives no warning.
async def job(n):
    return n

pending = job(1)
closed = job(2)
closed.close()
done = job(3)
try:
    done.send(None)
except StopIteration as e:
    print("done", e.value)
print("end")
