s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, None, -1), slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
data = "abcdefghij"
print(data[s], data[slice(None, 3)], data[slice(-2, None)])
class Spy:
    def __getitem__(self, key):
        return key
sp = Spy()
print(sp[1], sp[1:2], sp[::3], sp[1:2, 3], sp[...], sp[:, None])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print([0, 1, 2, 3][slice(1, None)])
