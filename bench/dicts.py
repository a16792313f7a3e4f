# Dict-heavy work: counting, lookups with get/in, updates, nested dicts, dict comprehensions.
def words(n):
    syll = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "qu"]
    seed = 7
    out = []
    for _ in range(n):
        seed = (seed * 48271) % 2147483647
        k = seed % 3 + 1
        w = ""
        s = seed
        for _ in range(k):
            w += syll[s % 11]
            s //= 11
        out.append(w)
    return out

def main():
    ws = words(800000)
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    hits = 0
    for w in ws:
        if w in counts:
            hits += counts[w] & 3
    by_len = {}
    for w, c in counts.items():
        d = by_len.setdefault(len(w), {})
        d[w] = c
    inv = {i: i * i for i in range(400000)}
    s = 0
    for i in range(0, 800000, 3):
        s += inv.get(i, -1)
    for i in range(0, 400000, 2):
        del inv[i]
    for i in range(400000, 600000):
        inv[i] = i
    keys = 0
    for k in inv:
        keys += k
    tup = {}
    for i in range(200000):
        tup[(i % 100, i % 7)] = tup.get((i % 100, i % 7), 0) + i
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(len(counts), hits, sorted((k, len(v)) for k, v in by_len.items()), s, len(inv), keys,
          len(tup), sum(tup.values()), top)

main()
