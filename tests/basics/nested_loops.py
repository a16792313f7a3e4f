grid = [[r * 3 + c for c in range(3)] for r in range(3)]
for row in grid:
    line = ""
    for v in row:
        line += str(v).rjust(3)
    print(line)
found = None
for r in range(3):
    for c in range(3):
        if grid[r][c] == 5:
            found = (r, c)
            break
    if found:
        break
print(found)
count = 0
i = 0
while i < 4:
    for j in range(i):
        count += j
    i += 1
print(count)
