# Displays that are only iterated or searched: `for x in [..]`, `x in [..]`, `x in {..}` and
# comprehension sources. CPython builds them as tuples/frozensets; the result must not change.
log = []
def f(v):
    log.append(v)
    return v

print(2 in [1, 2, 3], 4 not in [1, 2, 3], 2 in {1, 2, 3}, 4 not in {1, 2, 3})
print(1 in {True, 1.0}, 1.0 in [True], 'a' in ['a' * 1], () in [()], [] in [[]])
print(f(3) in [f(1), f(2), f(3)], log)
log.clear()
print(0 < f(1) in [f(1)], log)
print(1 in [], 1 in [*[1], 2], 3 in [*[1], 2])
for x in [1, 'two', (3,), None]:
    print(repr(x), end=' ')
print()
for x in [f(5), f(6)]:
    print(x, end=' ')
print(log)
for x in {7}:
    print(x)
for x in []:
    print('never')
print([y * 2 for y in [1, 2, 3]], [y for y in {4}], sorted(y for y in {1, 2, 1.0}))
print([x + y for x in [1, 2] for y in [10, 20]], [z for x in [1] for z in [x, x]])
class Weird:
    def __eq__(self, other):
        print('eq called')
        return True
    __hash__ = object.__hash__
print(Weird() in [1, 2])
try:
    1 in [1, {}] in {2}
except TypeError as e:
    print(type(e).__name__, e)

import asyncio
async def agen():
    try:
        print([x async for x in [1, 2]])
    except TypeError as e:
        print(e)
    try:
        print([x async for x in {1, 2}])
    except TypeError as e:
        print(e)
    try:
        print([x for y in [1] async for x in [y, 2]])
    except TypeError as e:
        print(e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(e)
asyncio.run(agen())
