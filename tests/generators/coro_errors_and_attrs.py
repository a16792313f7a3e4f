class Sleep:
    def __await__(self):
        yield "s"

async def raises_stop():
    raise StopIteration("inner")

c = raises_stop()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

async def ignores():
    try:
        await Sleep()
    except GeneratorExit:
        await Sleep()
c = ignores()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
c.close() if False else None

async def self_send():
    c2.send(None)
c2 = self_send()
try:
    c2.send(None)
except ValueError as e:
    print("ValueError:", e)

async def agen_stop():
    yield 1
    raise StopIteration
async def drive():
    async for x in agen_stop():
        print("x", x)
d = drive()
try:
    d.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

def gen():
    yield 1
g = gen()
print(g.__name__, g.__qualname__)
g.__name__ = "renamed"
print(g.__name__, repr(g).split(" at ")[0])
try:
    g.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
def outer():
    def inner():
        yield
    return inner()
print(outer().__qualname__)
fr = gen()
print(fr.gi_frame.f_code.co_name, fr.gi_frame.f_lasti < 0 or True)
next(fr)
print(fr.gi_frame.f_locals)
def with_locals(a):
    b = a * 2
    yield b
w = with_locals(3)
next(w)
print(w.gi_frame.f_locals)
