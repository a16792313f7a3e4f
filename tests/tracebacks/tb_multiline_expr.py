def f(x):
    return (x +
            1 /
            0)
f(1)
