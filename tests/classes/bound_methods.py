class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
a, b = C(1), C(2)
fs = [a.get, b.get, C(3).get]
print([f() for f in fs])
m = a.get
print(m.__self__ is a, m.__func__ is C.get, m == a.get, m == b.get)
print(list(map(C.get, [a, b])))
class Cb:
    def __init__(self):
        self.events = []
    def on(self, e):
        self.events.append(e)
cb = Cb()
handlers = [cb.on] * 3
for i, h in enumerate(handlers):
    h(i)
print(cb.events)
a.get = lambda: "instance attr wins"
print(a.get(), b.get())
