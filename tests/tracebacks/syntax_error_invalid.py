# Invalid syntax: an assignment to a literal.
label = "syntax_error_invalid"
print("never")
a = 1
b = 2
1 = a
c = 3
d = 4
e = 5
print(a, b, c, d, e)
