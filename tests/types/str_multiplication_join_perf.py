parts = []
for i in range(1000):
    parts.append(str(i % 10))
s = "".join(parts)
print(len(s), s[:20], s[-5:])
acc = ""
for i in range(200):
    acc += chr(97 + i % 26)
print(len(acc), acc[:30])
big = "ab" * 5000
print(len(big), big.count("ab"), big.find("ba"), big.rfind("ab"))
print(len(big.replace("a", "xyz")), big.upper()[-4:])
words = ("word%d" % i for i in range(50))
print(" ".join(words)[:60])
print(len(str(list(range(300)))))
