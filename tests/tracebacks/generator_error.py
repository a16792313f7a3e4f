# Exception raised inside a generator function.
def numbers(limit):
    n = 0
    while True:
        if n >= limit:
            raise RuntimeError(f"limit {limit} exceeded")
        yield n
        n += 1
gen = numbers(3)
for value in gen:
    print("got", value)
for value in gen:
    print("never")
print(list(numbers(2)) + list(numbers(-1)))
