class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
r = Range2(7)
print(list(r), list(r), sum(r), max(r), 4 in r, 5 in r)
class Tree:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t))
print(sorted(t, reverse=True), dict(zip(t, "abcd")))
class Rev:
    def __init__(self, s):
        self.s = s
    def __reversed__(self):
        return iter(self.s[::-1])
    def __len__(self):
        return len(self.s)
print(list(reversed(Rev("abc"))))
