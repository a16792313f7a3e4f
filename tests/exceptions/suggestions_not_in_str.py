# "Did you mean" only appears in the printed traceback, never in str(e).
value = 1
try:
    valeu
except NameError as e:
    print(e)
class A:
    field = 1
try:
    A().feild
except AttributeError as e:
    print(e)
try:
    "x".uper()
except AttributeError as e:
    print(e)
def f():
    local_name = 1
    return local_nam
try:
    f()
except NameError as e:
    print(e)
