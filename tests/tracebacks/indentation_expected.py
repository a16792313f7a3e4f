# An IndentationError: expected an indented block.
label = "indentation_expected"
def g():
    return 2
print("never")
for i in range(3):
print(i)
a = 1
b = 2
print(g(), a, b)
