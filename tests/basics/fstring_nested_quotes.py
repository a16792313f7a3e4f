d = {"key": "value", "n": 3}
print(f"{d['key']} {d['n']}")
print(f'{d["key"]}')
name = "ann"
print(f"{name!r:>10}|{name.upper():^9}|")
print(f"{'yes' if d['n'] > 2 else 'no'}")
print(f"{[x * 2 for x in range(3)]}")
print(f"{ {'a': 1}['a'] }")
print(f"{3:{'>'}{5}}")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{len(items)=}, {items[0]=!r}")
print(f"{'{'}{'}'}")
print(f"{1_000_000:,}")
value = 12.3456
print(f"{value:.{2}f}", f"{value:{'.1f'}}")
print(f"{'abc'[::-1]}")
print(f"{(lambda: 'lam')()}")
