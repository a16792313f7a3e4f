# A TabError: inconsistent use of tabs and spaces in indentation.
label = "tab_error"
def h():
    x = 1
	return x
print("never")
a = 1
b = 2
c = 3
print(h(), a, b, c)
