name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}")
print(f"{{literal braces}} {n}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{n=}")
print(f"{n + 1 = }")
print(F"upper F {name.upper()}")
items = [1, 2, 3]
print(f"{items[0]} {items[-1]} {len(items)}")
d = {"k": "v"}
print(f"{d['k']}")
print(f"{'nested ' + f'{n}'}")
print(f"""multi
{name}""")
print(f"{3.14159:.2f} {n:05d} {name:>8}|")
width = 6
print(f"{n:{width}}|{n:<{width}}|")
print(rf"\n{n}")
