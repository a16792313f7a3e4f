words = "apple banana avocado cherry blueberry cranberry apricot".split()
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for w in words:
    counts[w[0]] = counts.get(w[0], 0) + 1
print(counts)
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
nested = {}
for w in words:
    nested.setdefault(w[0], {}).setdefault(len(w), []).append(w)
print(nested)
print(sorted(counts, key=counts.get, reverse=True))
m = dict(sorted(counts.items(), key=lambda kv: kv[1]))
print(m)
print({k: v for k, v in counts.items() if v > 1})
