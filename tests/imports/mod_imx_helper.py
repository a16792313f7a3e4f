"""helper module for import tests"""
print("mod_imx_helper executing, __name__ =", __name__)
VALUE = 42
def greet(who):
    return "hello " + who
_private = 1
