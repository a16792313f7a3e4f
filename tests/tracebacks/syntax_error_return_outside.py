# 'return' outside function.
label = "syntax_error_return_outside"
print("never")
x = 1
y = 2
if x < y:
    return x
z = 3
w = 4
print(z, w)
