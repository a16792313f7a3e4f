s = "  \t hi there \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("cmowz."))
print(repr("hi".center(7)), repr("hi".center(8, "*")), repr("hi".ljust(5, ".")), repr("hi".rjust(5)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("prefix_body".removeprefix("prefix_"), "file.py".removesuffix(".py"), "x".removeprefix("y"))
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4))
print(repr("hi".center(1)), repr("".center(3, "-")))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
