class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), type(ml).__name__, type(ml + [5]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
dd = DefaultDict()
dd["a"].append(1)
dd["a"].append(2)
print(dd, "b" in dd)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + "x", type(s + "x").__name__, s == "hi")
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
i = MyInt(7)
print(repr(i), i + 1, type(i + 1).__name__, i * 2)
class CountDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
cd = CountDict()
cd["x"] = 1
print(cd)
