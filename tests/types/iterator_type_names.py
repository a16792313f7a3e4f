# The iterator types of the built-in containers, by name and repr
d = {"a": 1, "b": 2}
its = [iter(d), iter(d.keys()), iter(d.values()), iter(d.items()), reversed(d),
       reversed(d.keys()), reversed(d.values()), reversed(d.items()),
       iter(set()), iter(frozenset()), iter([]), reversed([]), iter(()), reversed(()),
       iter("abc"), iter("é"), iter(""), iter(range(3)), reversed(range(3)),
       iter(range(2 ** 70)), reversed(range(2 ** 70)), iter(range(2 ** 50)), iter(b""),
       iter(bytearray()), iter({}.keys()), enumerate([]), zip(), map(abs, []), filter(None, [])]
for it in its:
    r = repr(it)
    print(type(it).__name__, r[:r.index(" at 0x")] + ">", iter(it) is it)

# each kind still iterates correctly
print(list(iter(d.items())), list(reversed(d.items())), list(reversed(d.values())))
print(list(iter("héllo")), list(iter(range(2 ** 64, 2 ** 64 + 3))), list(iter(bytearray(b"ab"))))
print(list(reversed(range(2 ** 64, 2 ** 64 + 3))))
it = iter(d.values())
print(next(it), it.__length_hint__(), type(it).__next__(it))

# the types cannot be created directly
for it in (iter(d.items()), iter("é"), iter(range(2 ** 70)), iter(bytearray())):
    try:
        type(it)()
    except TypeError as e:
        print("TypeError:", e)
