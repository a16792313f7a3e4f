def gen(n):
    for i in range(n):
        yield 10 / (i - 2)
def consume():
    total = 0
    for v in gen(5):
        total += v
    return total
consume()
