# `for x in lst` over an exact list: the loop's iterator is reused by the next loop once the
# loop drops it (end of the loop, break, return). Nothing may see an iterator still in use.

def first_nonempty(lists):
    for l in lists:
        if l:
            return l[0]
    return None

def nested(a, b):
    out = []
    for x in a:
        for y in b:
            if y > x:
                break
            out.append((x, y))
        for z in b:
            out.append(z)
            if z == 2:
                break
    return out

print(first_nonempty([[], [], [7, 8]]), first_nonempty([[], []]))
print(nested([1, 2, 3], [0, 1, 2, 3]))

# a return value computed inside the loop survives the iterator's pop (SWAP; POP_TOP)
def find(lst, v):
    for i in lst:
        if i == v:
            return [i, i]
    return "absent"

print([find([1, 2, 3], k) for k in range(5)])

# many short loops in a row, each over another list, interleaved with a live one
outer = [10, 20, 30]
seen = []
for o in outer:
    for i in [o, o + 1]:
        seen.append(i)
    for j in []:
        seen.append("never")
    seen.append(first_nonempty([[], [o * 2]]))
print(seen)

# a loop over a list that changes while it runs
lst = [1, 2, 3]
for x in lst:
    if x < 4:
        lst.append(x + 3)
print(lst)
lst = [1, 2, 3, 4, 5]
for x in lst:
    lst.remove(x)
print(lst)

# explicit iterators are ordinary objects: never recycled under the caller's feet
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        break
print(list(it), next(iter([9]), None))
its = []
for l in ([1], [2, 3]):
    i = iter(l)
    for v in i:
        pass
    its.append(i)
print([list(i) for i in its], type(its[0]).__name__)

# a generator suspended inside a `for` loop over a list, then closed or abandoned
def gen(lst):
    for x in lst:
        yield x
    for y in lst:
        yield -y

g = gen([1, 2, 3])
print(next(g), next(g))
h = gen([4, 5])
print(list(h))
for v in [100, 200]:
    pass
print(next(g), next(g), next(g), list(g))
g2 = gen([6, 7])
next(g2)
g2.close()
del g2
print([x for x in gen([8])])

# an exception leaving the loop (the iterator is dropped without reuse)
def boom(lst):
    for x in lst:
        if x == 2:
            raise ValueError(x)
    return "ok"

for args in ([1, 2, 3], [1, 3]):
    try:
        print(boom(args))
    except ValueError as e:
        print("ValueError", e)
for a in [1, 2]:
    for b in ["a", "b"]:
        try:
            for c in [0, 1]:
                1 / c
        except ZeroDivisionError:
            print(a, b, "div")

# try/finally and with inside the loop, return through them
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit")
        return False

def through(lst):
    for x in lst:
        try:
            with CM():
                if x == 2:
                    return x
        finally:
            print("finally", x)

print(through([1, 2, 3]))

# list subclasses and other sequences keep the general path
class L(list):
    def __iter__(self):
        print("L.__iter__")
        return super().__iter__()

for x in L([1, 2]):
    print(x)
for x in (1, 2):
    for y in "ab":
        print(x, y, end=" ")
print()

# deep recursion with a loop at each level
def depth(n):
    for x in [n]:
        if x == 0:
            return 0
        return 1 + depth(x - 1)

print(depth(200))
