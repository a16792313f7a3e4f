import gc
import sys

class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)

def make_cycle(n):
    a = A(n)
    a.self = a

make_cycle(1)
gc.collect()
print('after collect 1')

saved = []
class Phoenix:
    def __del__(self):
        print('phoenix del')
        saved.append(self)
def make_phoenix():
    p = Phoenix()
    p.me = p
make_phoenix()
gc.collect()
print('resurrected', len(saved), type(saved[0]).__name__)
saved.clear()
gc.collect()
print('collected again, no second __del__')

class Capture:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass

class Bad:
    def __del__(self):
        raise ValueError('boom in del')
def make_bad():
    b = Bad()
    b.me = b
cap = Capture()
old, sys.stderr = sys.stderr, cap
make_bad()
gc.collect()
sys.stderr = old
text = ''.join(cap.parts)
first = text.splitlines()[0]
print(first[:first.index(' at 0x')])
print(text.splitlines()[-1])
print('Traceback' in text)

class Later:
    def __del__(self): print('del at exit', self.name)
g1 = Later(); g1.name = 'g1'
g2 = Later(); g2.name = 'g2'
g2.cycle = g2
class Plain: pass
holder = Plain(); holder.x = Later(); holder.x.name = 'held'
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print('end of script')
