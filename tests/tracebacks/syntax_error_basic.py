# A file with a SyntaxError: nothing runs.
label = "syntax_error_basic"
print("test:", label)
print("this line never runs")
def broken(:
    pass
x = 1
y = 2
z = 3
print(x, y, z)
