d = {"a": 1, "b": 2}
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items()), iter(d), iter(d.items())):
    print(type(it).__name__, list(it))
print(type(reversed([1])).__name__, type(reversed((1,))).__name__, type(reversed(range(2))).__name__, type(iter("ab")).__name__)
