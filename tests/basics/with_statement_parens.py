class R:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self.n
    def __exit__(self, *exc):
        print("close", self.n)
with (R(1) as a, R(2) as b):
    print("sum", a + b)
with (R(3)):
    print("single")
for i in range(2):
    with R(10 + i) as n:
        if i == 0:
            continue
        print("not skipped", n)
while True:
    with R(99):
        break
print("done")
