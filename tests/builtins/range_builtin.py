print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(-3)))
print(range(3), range(1, 3), range(1, 10, 2), repr(range(0)))
print(sum(range(1000)), len(range(0, 100, 7)), range(5)[-1], range(10)[::2], range(10)[2:5])
print(list(range(True, 3)), range(2 ** 70, 2 ** 70 + 3)[1])
class I:
    def __index__(self):
        return 4
print(list(range(I())))
for args in [(1.5,), ("3",), (1, 2, 0), ()]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
