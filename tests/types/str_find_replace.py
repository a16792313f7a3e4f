s = "hello world hello"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"))
print(s.index("world"), s.rindex("o"), s.count("l"), s.count("hello"), s.count(""))
print(s.replace("hello", "bye"), s.replace("l", "L", 2), s.replace("", "-")[:10])
print(s.startswith("hell"), s.endswith("llo"), s.startswith(("x", "he")), s.endswith("world", 0, 11))
print("abc".find("", 10), "abc".find("c", -1), "aaa".count("aa"))
print("Mississippi".replace("ss", "SS"), "aaa".replace("a", "bb"))
try:
    s.rindex("xyz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["he"])
except TypeError as e:
    print(type(e).__name__, e)
