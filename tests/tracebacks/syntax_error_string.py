# An unterminated string literal.
label = "syntax_error_string"
print("never")
a = 1
b = 2
message = "hello
print(message)
c = 3
d = 4
print(a, b, c, d)
