x = 5
print(1 < x < 10)
print(1 < x > 10)
print(0 <= x <= 5 < 6)
print(1 == 1 == 1, 1 == 1 == 2)
print(1 < 2 > 0 < 3)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(3) < v(2) < v(1))
print(calls)
print("a" < "b" < "c")
print([1, 2] < [1, 3] <= [1, 3])
print(None is None is not False)
print(2 in [1, 2] in [[1, 2]])
