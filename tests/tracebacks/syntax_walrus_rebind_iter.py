data = [1, 2]
print([x := 0 for x in data])
