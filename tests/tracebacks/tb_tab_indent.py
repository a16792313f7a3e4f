def f(x):
	return x.nothing
f(1)
