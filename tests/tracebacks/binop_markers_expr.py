# Markers inside a larger expression.
label = "binop_markers_expr"
print("test:", label)
checks = [label, len(label)]
a = 3
b = 0
print("start")
items = [1, 2, 3]
x = items[0] * 2 + a // b - 7
print(x)
