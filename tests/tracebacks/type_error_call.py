# TypeError from calling a function with the wrong number of arguments.
label = "type_error_call"
print("test:", label)
def area(width, height):
    return width * height
print(area(2, 3))
print(area(width=4, height=5))
shapes = [(1, 2), (3, 4, 5)]
for s in shapes:
    print(area(*s))
