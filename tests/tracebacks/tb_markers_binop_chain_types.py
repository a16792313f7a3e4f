def f(): pass
x = 1 + f() + "s"
