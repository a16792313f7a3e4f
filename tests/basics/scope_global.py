counter = 0
def inc():
    global counter
    counter += 1
inc(); inc(); inc()
print(counter)
def make_global():
    global newname
    newname = "created"
make_global()
print(newname)
x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
print(read(), shadow(), x)
def nested():
    def inner():
        global x
        x = "changed by inner"
    inner()
nested()
print(x)
print("counter" in globals())
