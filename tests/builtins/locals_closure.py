def outer():
    a = 1
    def inner():
        b = 2
        return sorted(locals())
    return inner()
print(outer())
def with_args(x, y=2, *rest, **kw):
    return sorted(locals())
print(with_args(1))
def modify():
    v = 1
    locals()["v"] = 99
    return v
print(modify())
print(locals() is globals())
