names = []
def collect(*items):
    for it in items:
        names.append(it)
    return len(names)
print(collect("a", "b"))
print(collect("c"))
print(names)
state = {"count": 0}
def bump():
    state["count"] += 1
for _ in range(5):
    bump()
print(state)
def outer():
    x = 1
    def inner():
        return x + 1
    x = 10
    return inner()
print(outer())
