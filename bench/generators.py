# Generators, generator pipelines, generator expressions, yield from, send-driven coroutines.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf

def flatten(lists):
    for l in lists:
        yield from l

def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return n
        total += value
        n += 1
        avg = total / n

def accumulate_coroutine(values):
    co = averager()
    next(co)
    last = 0.0
    for v in values:
        last = co.send(v)
    try:
        co.send(None)
    except StopIteration as e:
        return last, e.value

def grep_co(pattern, sink):
    while True:
        line = yield
        if pattern in line:
            sink.append(line)

def main():
    s1 = sum(squares(evens(count_up(1600000))))
    s2 = 0
    for ch in chunks(count_up(1100000), 17):
        s2 += len(ch) + ch[0]
    s3 = sum(flatten([x, x + 1] for x in range(550000)))
    s4 = sum(x for x in range(1600000) if x % 7 == 3)
    avg, n = accumulate_coroutine(float(i % 101) for i in range(1100000))
    sink = []
    g = grep_co("7", sink)
    next(g)
    for i in range(550000):
        g.send(str(i))
    g.close()
    print(s1, s2, s3, s4, "%.6f" % avg, n, len(sink))

main()
