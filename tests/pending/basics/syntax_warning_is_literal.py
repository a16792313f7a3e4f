def check(x):
    return x is 1, x is not "a", x is ()
print(check(1))
