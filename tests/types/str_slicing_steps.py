s = "0123456789"
print(s[::3], s[1::3], s[::-3], s[-2::-2], s[8:2:-2], s[2:8:2])
print(s[100:], s[:-100], s[-3:-1], s[-1:-3], s[-1:-3:-1])
print(s[:5] + s[5:] == s, s[::-1][::-1] == s)
print(s[slice(2, None, 4)], s[None:3])
for i in range(-3, 4):
    print(i, repr(s[i:i + 2]), repr(s[i]))
w = "racecar"
print(w == w[::-1], "hello"[::-1], "ab"[::-1] * 2)
print("abcdef"[1:-1:2], "abcdef"[-1::-2])
