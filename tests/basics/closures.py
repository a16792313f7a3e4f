def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1))
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_multipliers2():
    return [(lambda i: lambda x: x * i)(i) for i in range(4)]
print([m(2) for m in make_multipliers2()])
def late():
    fs = []
    v = 1
    fs.append(lambda: v)
    v = 2
    return fs[0]
print(late()())
def acc():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
a = acc()
print(a(1), a(2), a(3))
print(add5.__closure__ is not None, len(add5.__closure__))
print(add5.__closure__[0].cell_contents)
