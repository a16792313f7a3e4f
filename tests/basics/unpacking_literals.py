l = [1, 2]
t = (3, 4)
print([*l, *t])
print((*l, 0))
print({*l, *t} == {1, 2, 3, 4})
d1 = {"a": 1}
d2 = {"b": 2, "a": 9}
print({**d1, **d2})
print({**d2, **d1})
print({**d1, "c": 3})
print([*range(3), *"ab"])
print(*[1, 2, 3])
print(*"xyz", sep="-")
s = *l, *t
print(s)
print([*[], *()])
