def read_numbers():
    for line in ["1", "2", "x", "4", "", "6"]:
        yield line
def parse(lines):
    for l in lines:
        if l.isdigit():
            yield int(l)
def squares(nums):
    for n in nums:
        yield n * n
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
pipeline = squares(parse(read_numbers()))
print(list(take(3, pipeline)))
print(list(pipeline))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
evens = (n for n in naturals() if n % 2 == 0)
print(list(take(5, evens)))
print(next(evens))
print(sum(take(100, naturals())))
