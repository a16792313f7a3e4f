def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    return r + 1
g = depth(400)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
def r():
    yield from r()
try:
    next(r())
except RecursionError as e:
    print("RecursionError:", e)
async def ar():
    await ar()
try:
    ar().send(None)
except RecursionError as e:
    print("RecursionError:", e)
print(sum(1 for _ in depth(300)))
