@a
@b.c
@d(e)
@f[g]
@(lambda x: x)
@h if i else j
async def f(): pass
@x
class C: pass
async def g():
    async with a, b as c:
        pass
    async for i in x:
        pass
    else:
        pass
    await asyncio.sleep(1)
    return await x
