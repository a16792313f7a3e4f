print("start")
x = [a[0] = 1]
