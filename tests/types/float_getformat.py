# float.__getformat__: the C layout of double and float (a classmethod; IEEE on every platform
# taipan builds for), with CPython's errors.
print(float.__getformat__("double"))
print(float.__getformat__("float"))
print((1.5).__getformat__("double"))


class F(float):
    pass


print(F.__getformat__("float"))
for args in [(), ("double", "float"), ("int",), ("Double",), ("",), (1,), (b"double",), (None,)]:
    try:
        float.__getformat__(*args)
    except Exception as e:
        print(type(e).__name__, e)
