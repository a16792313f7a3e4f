stack = []
for c in "abc":
    stack.append(c)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue)
l = list(range(10))
print(l[::2] + l[1::2])
l2 = [0] * 5
for i in range(5):
    l2[i] = i * i
print(l2, sum(l2), l2.index(9))
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
flat = [x for row in grid for x in row]
print(flat, flat.count(0))
l3 = [3, 1, 2]
l3.sort(reverse=True)
print(l3, list(reversed(l3)), l3 * 0)
l4 = [[1, 2], [3]]
print(len(l4), sum(len(x) for x in l4), [y for x in l4 for y in x])
