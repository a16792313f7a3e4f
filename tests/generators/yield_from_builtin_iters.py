# `yield from` over built-in iterators (SEND calls their next slot directly): the values, the
# result (None, or the value of a StopIteration a wrapped Python function raises), errors.
def stop_at(x):
    if x == 3:
        raise StopIteration(x * 10)
    return x

def deleg(it):
    r = yield from it
    yield ("result", r)

print(list(deleg([1, 2, 3])))
print(list(deleg(range(4))))
print(list(deleg(iter((5, 6)))))
print(list(deleg("ab")))
print(list(deleg({"k": 1, "j": 2})))
print(list(deleg(map(stop_at, range(6)))))
print(list(deleg(zip("xy", range(9)))))
print(list(deleg(enumerate([]))))

def bad(x):
    raise ValueError("bad %d" % x)

try:
    list(deleg(map(bad, [4])))
except ValueError as e:
    print("ValueError", e)

g = deleg([1, 2])
print(next(g))
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)

def flatten(lists):
    for l in lists:
        yield from l

print(sum(flatten([x, x + 1] for x in range(1000))))
print(list(flatten([[1], (), range(2), "z", iter([None])])))
