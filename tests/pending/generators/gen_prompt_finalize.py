# CPython closes a suspended generator as soon as its last reference goes (reference counting);
# taipan does it when the collector finds it (docs/differences.md), so this output differs.
def gen(n):
    try:
        yield n
    finally:
        print("finally", n)

g = gen(1)
next(g)
del g
print("after del")
for x in gen(2):
    break
print("after break")
async def job():
    pass
def make():
    job()
make()
print("end")
