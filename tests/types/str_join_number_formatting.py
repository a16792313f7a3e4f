nums = [3, 14, 159, 2653]
print(", ".join(str(n) for n in nums))
print(" | ".join(f"{n:>5}" for n in nums))
print("".join(map(str, range(10))))
rows = [("name", "qty", "price"), ("apple", 3, 1.5), ("pear", 12, 0.25)]
for r in rows:
    print("{:<8}{:>5}{:>8}".format(*r))
for name, qty, price in rows[1:]:
    print(f"{name:<8}{qty:>5d}{price:>8.2f}")
total = sum(q * p for _, q, p in rows[1:])
print(f"{'total':<13}{total:>8.2f}")
print("%-8s%5d%8.2f" % ("plum", 7, 0.5))
print(str(1 / 3)[:6], f"{2 / 3:.4}", "%.4g" % (2 / 3))
