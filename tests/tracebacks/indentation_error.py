# An IndentationError: unexpected indent.
label = "indentation_error"
def f():
    return 1
print("never")
x = 1
  y = 2
z = 3
w = 4
print(f(), x, y, z, w)
