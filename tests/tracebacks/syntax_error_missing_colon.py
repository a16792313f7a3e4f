# A missing colon after an if.
label = "syntax_error_missing_colon"
x = 10
y = 20
print("never")
if x > y
    print("x bigger")
else:
    print("y bigger")
z = x + y
