try:
    raise ValueError("x")
except ValueError as err:
    print("inside", err)
try:
    print(err)
except NameError as e:
    print("NameError", e)
err = "preset"
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print("err" in dir())
def f():
    e = 1
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)
print(f())
