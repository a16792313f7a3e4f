# sys.setprofile: events of coroutines, class bodies, comprehensions and lambdas, exec'd module
# code, and the frame's f_lineno at each (a frame's 'call' is on its def line, 0 for a module).
import sys
events = []
def prof(frame, event, arg):
    a = getattr(arg, '__qualname__', None) if event.startswith('c_') else (arg if isinstance(arg, (int, str, type(None), list)) else type(arg).__name__)
    events.append((event, frame.f_code.co_name, frame.f_lineno, a))
async def coro(x):
    return x + 1
async def main():
    return await coro(1)
def run():
    class K:
        y = 2
        def m(self): return self.y
    l = [i * 2 for i in range(2)]
    f = lambda v: v + 1
    f(1)
    K().m()
    c = main()
    try:
        c.send(None)
    except StopIteration as e:
        r = e.value
    return l, r
sys.setprofile(prof)
run()
sys.setprofile(None)
for e in events:
    print(e)
def g():
    yield 1
    yield 2
x = g()
print(x.gi_frame.f_lineno)
next(x)
print(x.gi_frame.f_lineno)
ev = []
sys.setprofile(lambda f, e, a: ev.append((e, f.f_code.co_name, f.f_lineno)))
exec("y = 1\nz = 2")
exec(compile("\n\nw = 3", "<s>", "exec"))
class C:
    x = 1
next(x)
sys.setprofile(None)
print(ev)
