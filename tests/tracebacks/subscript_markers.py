# The ~~~~^^^ markers point at a failing subscript.
label = "subscript_markers"
print("test:", label)
matrix = [[1, 2], [3, 4]]
print(matrix[1][0])
row = 1
col = 5
print("about to fail")
value = matrix[row][col]
print(value)
