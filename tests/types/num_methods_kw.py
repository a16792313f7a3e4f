print((5).to_bytes(2, byteorder="little", signed=True), (5).to_bytes(length=3), int.from_bytes(b"\x01\x02", byteorder="little"))
print(int.from_bytes(bytes=b"\x01", byteorder="big", signed=True), (-1).to_bytes(2, "big", signed=True))
try:
    (5).to_bytes(2, "big", True)
except TypeError as e:
    print(e)
try:
    (5).to_bytes(2, "big", bogus=1)
except TypeError as e:
    print(e)
try:
    int.from_bytes()
except TypeError as e:
    print(e)
print(complex(real=1.5), complex(imag=2), complex(1, imag=2))
try:
    complex(1, 2, 3)
except TypeError as e:
    print(e)
try:
    complex(foo=1)
except TypeError as e:
    print(e)
print(round(2.5, ndigits=None), (2.5).__round__(None), round(12345, ndigits=-2))
print(pow(5, 2, 3), (2.0).__rpow__(2), float.__divmod__(7.0, 2), (3 + 4j).__abs__(), int.__new__(int, "5"))
print(int.__format__(255, "x"), float.__format__(2.5, ".3f"), (1j).__format__(""), (7).__rpow__(2), (7).__rtruediv__(14))
print(float.__round__(2.5), float.__round__(2.567, 2), (2 ** 70).__hash__() == hash(2 ** 70), (1.5).__hash__())
print((5).__neg__(), (5).__invert__(), (5).__bool__(), (0.0).__bool__(), (5).__index__(), (-2.5).__abs__())
print((2).__lshift__(3), (5).__and__(3), (5).__mod__(3), (5).__rmod__(17), (5.0).__rfloordiv__(17))
print(int.__name__, float.__qualname__, complex.__name__, bool.__mro__ if hasattr(bool, "__mro__") else 0)
print(type(1).__mro__, isinstance(1.0, float), issubclass(bool, int), int in bool.__mro__)
