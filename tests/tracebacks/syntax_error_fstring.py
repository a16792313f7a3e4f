# An invalid f-string.
label = "syntax_error_fstring"
name = "x"
print("never")
a = 1
b = 2
text = f"{name!z}"
print(text)
c = 3
print(a, b, c)
