class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        return key in self.data
    def __iter__(self):
        return iter(sorted(self.data))
g = Grid()
g[1, 2] = "a"
g[0, 0] = "b"
print(g[1, 2], g[5, 5], len(g), (0, 0) in g, (9, 9) in g)
print(list(g))
del g[0, 0]
print(len(g), bool(g))
g["k"] = "str key"
print(g.data)
g[1, 2] += "!"
print(g.data[(1, 2)])
