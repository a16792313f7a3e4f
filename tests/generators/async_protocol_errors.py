class BadEnter:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
class BadExit:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 2
class NoAexit:
    async def __aenter__(self): return 1
class SyncOnly:
    def __enter__(self): return 1
    def __exit__(self, *a): pass
class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield "tick"
        return self.v
class BadAwait:
    def __await__(self): return 5
class CoroAwait:
    def __await__(self):
        async def c(): pass
        return c()

async def main():
    for cls in (BadEnter, BadExit, NoAexit, SyncOnly):
        try:
            async with cls() as x:
                print("body", x)
        except (TypeError, AttributeError) as e:
            print(cls.__name__, type(e).__name__ + ":", e)
    print(await Awaitable(7))
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in SyncOnly():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class AI:
        def __aiter__(self): return 5
    try:
        async for x in AI():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class AN:
        def __aiter__(self): return self
        def __anext__(self): return 5
    try:
        async for x in AN():
            pass
    except TypeError as e:
        print("TypeError:", e)

c = main()
try:
    while True:
        c.send(None)
except StopIteration:
    pass
