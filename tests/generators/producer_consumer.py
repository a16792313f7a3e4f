# The classic generator-based coroutine: the consumer receives with `n = yield r`.
def consumer():
    r = ''
    while True:
        n = yield r
        if not n:
            return
        print('[CONSUMER] Consuming %s...' % n)
        r = '200 OK'

def produce(c):
    c.send(None)
    n = 0
    while n < 5:
        n = n + 1
        print('[PRODUCER] Producing %s...' % n)
        r = c.send(n)
        print('[PRODUCER] Consumer return: %s' % r)
    c.close()

c = consumer()
produce(c)
print(c.gi_frame, c.gi_running)

# A running-average coroutine with a primed decorator and a final result.
def primed(fn):
    def start(*a):
        g = fn(*a)
        next(g)
        return g
    return start

@primed
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)

a = averager()
for v in (10, 30, 5):
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)

def grouper(results, key):
    while True:
        results[key] = yield from averager.__wrapped__() if hasattr(averager, "__wrapped__") else sub_avg()

def sub_avg():
    total = count = 0
    while True:
        term = yield
        if term is None:
            break
        total += term
        count += 1
    return count, total / count

results = {}
for key, values in {"a": [1, 2, 3], "b": [10, 20]}.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
