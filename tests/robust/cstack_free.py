# Freeing and collecting deep structures: a 100000-deep chain of tuples, lists, dicts or objects
# is released and collected without C recursion (GC marking uses a gray stack), also under
# `ulimit -s 1024` (tests/cli/small_stack.sh).
# taipan-test: skip-gcstress (100000-deep structures: too slow with a collection per allocation)
import gc

N = 100000


class Node:
    pass


def build(kind):
    x = None
    for _ in range(N):
        if kind == "tuple":
            x = (x,)
        elif kind == "list":
            x = [x]
        elif kind == "dict":
            x = {0: x}
        else:
            n = Node()
            n.next = x
            x = n
    return x


for kind in ("tuple", "list", "dict", "object"):
    x = build(kind)
    gc.collect()
    del x
    gc.collect()
    print(kind, "freed")

# a cycle through the deep chain
x = build("list")
x[0] = [x, x[0]]
del x
print("cycle", gc.collect() >= 0)
