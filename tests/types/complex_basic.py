z = 3 + 4j
print(z, z.real, z.imag, abs(z))
print(z * (1 - 2j), z + 1, z - 1j, z / 2)
print(z.conjugate(), -z, complex(1, 2), complex("1+2j"))
print(1j * 1j, (1 + 1j) ** 2)
print(complex(0, 0), 0j, complex(-0.0, 1))
print(repr(1j), repr(1 + 0j), repr(-1j), complex(2))
print(z == 3 + 4j, z != 1)
try:
    z < 1j
except TypeError as e:
    print(type(e).__name__, e)
