class A:
    y = [(z := i) for i in range(2)]
