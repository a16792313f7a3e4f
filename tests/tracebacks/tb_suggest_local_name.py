def average(values):
    result = sum(values)
    return reslt / len(values)
average([1, 2])
