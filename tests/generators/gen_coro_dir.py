async def f(): pass
def g(): yield
c = f()
print([a for a in dir(c) if not a.startswith('__') or a in ('__await__', '__next__')])
print([a for a in dir(g()) if not a.startswith('_') ])
print([a for a in dir(c.__await__()) if not a.startswith('_')])
print(sorted(set(dir(g())) - set(dir(object))))
print(sorted(set(dir(c)) - set(dir(object))))
c.close()
