# Compiler: coroutines driven by hand, async with / async for, yield from with throw().
class Aw:
    def __init__(self, v): self.v = v
    def __await__(self):
        x = yield ("req", self.v)
        return x
async def add(a, b):
    x = await Aw(a)
    y = await Aw(b)
    return x + y
def run(coro):
    val = None
    try:
        while True:
            req = coro.send(val)
            val = req[1] * 10
    except StopIteration as e:
        return e.value
print(run(add(1, 2)))
class ACM:
    async def __aenter__(self):
        print("aenter"); return self
    async def __aexit__(self, *a):
        print("aexit", a[0]); return False
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def main():
    async with ACM() as c:
        print("in body")
    out = []
    async for v in AIt():
        if v == 2: continue
        out.append(v)
    else:
        print("async for else")
    print(out, [v async for v in AIt()])
    try:
        async with ACM():
            raise ValueError("x")
    except ValueError:
        print("caught")
    async def agen():
        for i in range(3):
            yield i
    pass
    return "main done"
print(run(main()))
def gen_throw():
    def sub():
        try:
            yield 1
        except KeyError:
            yield "sub caught"
    def outer():
        r = yield from sub()
        yield "after"
    g = outer()
    print(next(g))
    print(g.throw(KeyError))
    print(next(g))
gen_throw()
