# List comprehensions, slicing, sorting with key functions, min/max, enumerate/zip.
class Rec:
    def __init__(self, name, age, score):
        self.name = name
        self.age = age
        self.score = score

def main():
    seed = 42
    nums = []
    for _ in range(150000):
        seed = (seed * 1664525 + 1013904223) % 4294967296
        nums.append(seed % 100000)
    squares = [x * x for x in nums if x % 3 == 0]
    pairs = [(x, y) for x in range(300) for y in range(x, 300, 7)]
    a = sorted(nums)
    b = sorted(nums, key=lambda v: (v % 1000, -v))
    c = sorted(nums, reverse=True)[:10]
    recs = [Rec("n%d" % (v % 977), v % 90, v % 1013) for v in nums[:75000]]
    recs.sort(key=lambda r: (r.age, r.name))
    recs2 = sorted(recs, key=lambda r: r.score)
    strs = sorted(str(v) for v in nums[:75000])
    nested = [[i * j for j in range(20)] for i in range(3000)]
    flat = [v for row in nested for v in row if v & 1]
    total = 0
    for i, (x, y) in enumerate(zip(a, b)):
        total += (x ^ y) * (i & 7)
    chk = sum(squares) % 1000003 + len(pairs) + sum(p[1] for p in pairs)
    rev = a[::-1]
    mid = a[1000:2000]
    print(chk, a[:3], b[:3], c[:3], recs[0].name, recs[-1].age, recs2[0].score, strs[:2],
          len(flat), sum(flat) % 99991, total, rev[0], sum(mid), max(nums), min(nums))

main()
