# sys.setprofile: closing an abandoned suspended generator runs its frame: 'call' and 'return'.
import gc, sys
ev = []
def prof(frame, event, arg):
    if not event.startswith('c_'):
        ev.append((event, frame.f_code.co_name, arg))
def gen():
    yield 1
    yield 2
def run():
    g = gen()
    next(g)
sys.setprofile(prof)
run()
gc.collect()
sys.setprofile(None)
for e in ev:
    print(e)
