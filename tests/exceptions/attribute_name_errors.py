class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
cases = [
    lambda: C().missing, lambda: C.missing, lambda: (1).foo, lambda: "s".foo, lambda: [].foo,
    lambda: None.foo, lambda: len.foo, lambda: C().inst.foo, lambda: type.foo,
    lambda: undefined_name, lambda: undefined_func(), lambda: print(also_undefined),
]
for c in cases:
    try:
        c()
    except (AttributeError, NameError) as e:
        print(type(e).__name__, e)
def uses_local():
    try:
        print(loc)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    loc = 1
uses_local()
def uses_del():
    x = 1
    del x
    try:
        x
    except UnboundLocalError as e:
        print(type(e).__name__, e)
uses_del()
def free_var():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
free_var()
