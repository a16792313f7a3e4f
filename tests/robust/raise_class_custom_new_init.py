# `raise E` (a class, so it is called with no arguments) whose __new__/__init__ is a Python
# function: slot_new/slot_init memcpy from a NULL argv (UBSan: null pointer passed as argument 2).
class E1(BaseException):
    def __new__(cls):
        return 5
class E2(BaseException):
    def __init__(self):
        1 / 0
class E3(Exception):
    def __init__(self):
        self.x = 1
for cls in (E1, E2, E3):
    try:
        raise cls
    except BaseException as e:
        print(type(e).__name__, e)
try:
    raise ValueError from E3
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.x)
