# Generators and iterators nested deeply: `yield from` chains, wrapped iterators and closing a
# deep chain end in RecursionError (or complete), never in a crash (also under `ulimit -s 1024`,
# see tests/cli/small_stack.sh).


def outcome(name, f):
    try:
        r = f()
    except RecursionError:
        print(name, "RecursionError")
    else:
        print(name, "ok", r)


def down(n):
    if n == 0:
        yield 1
    else:
        yield from down(n - 1)


def wrap(g):
    yield from g


def forever():
    while True:
        yield 1


def chain(make, x, n):
    for _ in range(n):
        x = make(x)
    return x


outcome("yield from 100", lambda: list(down(100)))
outcome("yield from 100000", lambda: list(down(100000)))
outcome("wrapped 100", lambda: next(chain(wrap, forever(), 100)))
outcome("wrapped 3000", lambda: next(chain(wrap, forever(), 3000)))
outcome("map 100", lambda: next(chain(lambda it: map(abs, it), iter([-1]), 100)))
outcome("zip 100", lambda: len(str(next(chain(zip, iter([1]), 100)))))


def close_deep():
    g = chain(wrap, forever(), 3000)
    try:
        next(g)
    except RecursionError:
        pass
    g.close()
    return "closed"


outcome("close", close_deep)


def throw_deep():
    g = chain(wrap, forever(), 500)
    next(g)
    try:
        g.throw(KeyError)
    except KeyError:
        return "thrown"


outcome("throw 500", throw_deep)
