import sys
def source():
    raise KeyError("original")

def gen():
    yield 1

g = gen()
next(g)
try:
    source()
except KeyError:
    typ, val, tb = sys.exc_info()
try:
    g.throw(typ, val, tb)
except KeyError as e:
    t = e.__traceback__
    names = []
    while t is not None:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)
g2 = gen()
next(g2)
g2.throw(ValueError, ValueError("with tb"), tb)
