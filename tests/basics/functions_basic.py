def add(a, b):
    return a + b
def noreturn():
    pass
def early(x):
    if x:
        return "yes"
    return
print(add(2, 3))
print(add("a", "b"))
print(noreturn())
print(early(1), early(0))
def multi():
    return 1, 2, 3
print(multi())
a, b, c = multi()
print(a, b, c)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(add.__name__)
def doc():
    "docstring here"
print(doc.__doc__)
