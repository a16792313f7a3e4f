a+b = 1
