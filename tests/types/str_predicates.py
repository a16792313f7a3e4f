tests = ["abc", "ABC", "Abc Def", "123", "12.5", "", " ", "a1", "\t\n", "Ⅻ", "²", "_x", "x_1", "if"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isnumeric(), t.isdecimal(), t.isidentifier())
print("hello".isascii(), "héllo".isascii(), "Hello".isprintable(), "a\nb".isprintable())
print("".isalnum(), "".isspace(), "".istitle())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle())
print("12".isdigit(), "-12".isdigit(), "1e5".isnumeric(), "½".isnumeric(), "½".isdigit())
print("\u00e9".isalpha(), "中文".isalpha(), "٣".isdecimal())
print("abc".isprintable(), "".isprintable(), "\t".isprintable())
