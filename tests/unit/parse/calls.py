f()
f(a)
f(a, b, c=1, *d, **e)
f(*a, *b, **c, **d)
f(a, *b, c=1, *d)
f(x=1)(y=2)
f(a)[b](c)
obj.method(arg).attr
f(a for a in b)
f(
    a,
    b,
)
print("hello", end="")
f(a := 1)
