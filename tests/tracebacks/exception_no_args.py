# Exceptions without arguments print only the class name.
class Stop(Exception):
    pass
def run(steps):
    for i in range(steps):
        print("step", i)
        if i == 2:
            raise Stop
run(2)
run(5)
