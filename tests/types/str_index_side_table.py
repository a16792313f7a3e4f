# Non-ASCII strs keep their char->byte index in a side table: many indexed strs alive at once,
# strs dying (the table shrinking), reused addresses, slicing and searching by position.
import gc

def make(i):
    return ("é" * (i % 5) + "ß€😀" * 40 + str(i) + "ü" * 70)

strs = [make(i) for i in range(300)]
total = 0
for s in strs:
    total += ord(s[100]) + ord(s[-1]) + ord(s[len(s) // 2]) + len(s[64:130])
print(total)

# drop every other one, collect, and index the survivors and new strs again
del strs[::2]
gc.collect()
more = [make(i) + "x" for i in range(200)]
gc.collect()
acc = []
for s in strs + more:
    acc.append(s[70] + s[-2] + s[130:133])
print(len(acc), "".join(acc[:3]), "".join(acc[-3:]))

# positions past the first index step, find/index/count with start arguments
t = "αβγδε" * 50 + "needle" + "ωψ" * 30
print(t[249], t[250:256], t.find("needle", 100), t.index("ψ", 255), t.count("ω", 200, 300))
print(t.startswith("needle", 250), t.endswith("ωψ", 0, len(t)), t.rfind("β", 0, 200))
print("%.260s|" % t[-20:] == t[-20:] + "|", ("{:.252}".format(t))[-3:])

# every str indexed, then all garbage: the table empties and is rebuilt later
for round in range(3):
    tmp = [("ж" * 100 + str(k)) for k in range(500)]
    print(round, sum(ord(x[99]) for x in tmp), tmp[7][100:])
    del tmp
    gc.collect()
it = iter("ñ" * 130)
print(sum(1 for _ in it), list(reversed("ab€" * 30))[64:67])
