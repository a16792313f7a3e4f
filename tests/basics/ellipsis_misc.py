print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
def todo():
    ...
print(todo())
class Stub:
    def method(self): ...
print(Stub().method())
x = [1, ..., 3]
print(x, repr(...), str(Ellipsis))
print(bool(...), ... == Ellipsis)
d = {...: "ellipsis key"}
print(d[...])
if ...:
    print("Ellipsis is truthy")
