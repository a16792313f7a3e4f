# Generators still suspended when the program ends are closed: their finally blocks run (oldest
# first); a never-started one has nothing to run.
def gen(n):
    try:
        yield n
    finally:
        print("finally", n)

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

a = gen(1)
next(a)
b = catcher()
next(b)
c = gen(3)
print("end")
