# Long concatenations share a growable buffer (str_concat.c): every result must keep its own text.
# A str is appended to in place when it is the tail of an append chain; grown() makes one.
def grown(t):
    return (t[:-2] + t[-2]) + t[-1]

s = grown("a" * 200)
a = s + "x"
b = s + "y"
print(len(a), len(b), a[-3:], b[-3:], a == b, a[:200] == s, s[-1])
c = a + "1"
d = a + "2"          # a is no longer the buffer's tail: d is a copy
e = c + "3"
print(c[-4:], d[-4:], e[-4:], len(c), len(d), len(e))
print(a.endswith("x"), s.endswith("a"), a.count("x"), c.count("x1"), d.find("x2"))

# hashing, equality and dict lookups against plain strs
t = ""
for i in range(300):
    t += str(i % 10)
plain = "".join(str(i % 10) for i in range(300))
print(t == plain, hash(t) == hash(plain), {plain: 1}[t], t < plain + "0", t > plain[:-1])
u = t + "tail"
print(t == plain, hash(t) == hash(plain), u[-6:], len(u), t[295:], t[-1], t[150])

# non-ASCII appends: indexing, slicing and lengths by code point
n = grown("é" * 100)
parts = []
for ch in ["ü", "€", "𝄞", "x", "ß"]:
    n += ch
    parts.append(n)
print(len(n), n[-5:], n[100], n[-2], n[::-1][:5], n.isascii(), (n + "!")[-3:])
print([len(p) for p in parts], [p[-1] for p in parts], parts[2] == "é" * 100 + "ü€")
m = grown("q" * 150)
m2 = m + "é"
m3 = m + "z"
print(m2.isascii(), m3.isascii(), m2[-2:], m3[-2:], len(m2.encode()), hash(m2) == hash("q" * 150 + "é"))

# += in a loop with interleaved reads of earlier values
acc = "start:" + "-" * 130
seen = []
for i in range(60):
    acc += chr(65 + i % 26)
    if i % 7 == 0:
        seen.append(acc)
    if i % 11 == 0:
        seen.append(acc + "!")
print(len(acc), acc[-10:], [s2[-3:] for s2 in seen], [len(s2) for s2 in seen])
print(all(acc.startswith(s2) for s2 in seen if not s2.endswith("!")))

# a branch appended to in two directions
base = grown("b" * 140)
x1 = base + "1"
x2 = x1 + "2"
y2 = x1 + "3"
x3 = x2 + "4"
print(x1[-2:], x2[-3:], y2[-3:], x3[-4:], x2 == y2, len({x1, x2, y2, x3}))

# str subclasses: the result is an exact str; subclass text stays inline
class S(str):
    pass
class T(str):
    __slots__ = ("k",)
p = S("s" * 130)
p.attr = 5
q = p + "!"
r = q + "?"
print(type(q).__name__, type(p + p).__name__, q[-2:], r[-3:], p.attr, len(p), p[-1])
tt = T("t" * 200)
tt.k = 7
w = tt + "w"
print(type(w).__name__, w[-2:], tt.k, tt + "" == tt, S(w)[-3:], S(r) == r, hash(S(r)) == hash(r))

# the concat results as dict keys, set members, attribute names and format arguments
k = grown("key_" * 40)
k1 = k + "1"
k2 = k + "2"
k3 = k1 + "3"
dd = {k1: 1, k2: 2, k3: 3}
print(dd[k + "1"], dd[k + "2"], dd[k1 + "3"], len(set([k1, k2, k3, k + "1"])))
class O:
    pass
o = O()
setattr(o, k1, 10)
k1x = k1 + "x"
print(getattr(o, k1), getattr(o, k[:-1] + "_1", None), f"{k1[-6:]}|{k2[-3:]:>5}|{k1x[-3:]}")
print(int("1" * 130 + "2"[:0]) % 97, float("0." + "5" * 140) < 1, repr(k3[-8:]), str(k3)[-2:])
big = "z" * 1000
for _ in range(5):
    big = big + big
print(len(big), big[-3:], big.count("z"))
# prefix + x for many x (copies), then a chain from one of them, then a branch off the chain
pre = "P" * 130
many = [pre + str(i) for i in range(50)]
ch = many[7]
for i in range(40):
    ch += "+" + str(i)
    if i == 20:
        mid = ch
br = mid + "BR"
print(many[7][-3:], ch[-8:], mid[-6:], br[-6:], len(ch), len(mid), ch.startswith(mid), br.startswith(mid))
