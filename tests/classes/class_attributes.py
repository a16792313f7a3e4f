class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a = Counter(); b = Counter(); c = Counter()
print(Counter.count, a.count, a.id, c.id)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
a.items.append(1)
print(b.items, Counter.items)
b.items = ["own"]
print(b.items, Counter.items)
print("count" in Counter.__dict__, "id" in a.__dict__)
Counter.new_attr = "added later"
print(c.new_attr)
print(getattr(a, "missing", "dflt"))
