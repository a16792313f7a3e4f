def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("got", r)
    yield 3
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield from tree(n - 1)
    yield "node%d" % n
print(list(tree(3)))
def delegator():
    x = yield from receiver()
    yield x
def receiver():
    v = yield "ready"
    return v * 2
d = delegator()
print(next(d))
print(d.send(21))
