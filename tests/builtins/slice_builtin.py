s = slice(2)
print(s, s.start, s.stop, s.step)
s = slice(1, 8, 2)
data = list(range(10))
print(data[s], "abcdefgh"[s], tuple(data)[s])
print(slice(None, None, -1).indices(5), slice(-100, 100).indices(5), slice(3, 1, -1).indices(5))
print(data[slice(None, None, -3)], data[slice(-3, None)])
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
