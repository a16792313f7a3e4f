class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Seq(self.data[idx])
        if idx >= len(self.data) or idx < -len(self.data):
            raise IndexError("Seq index out of range")
        return self.data[idx]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdef")
print(s[0], s[-1], s[1:4], s[::2], s[::-1], len(s[2:]))
print(list(s), "c" in s, "z" in s)
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
for i, ch in enumerate(s):
    if i > 2:
        break
    print(i, ch)
print(sorted(s, reverse=True))
