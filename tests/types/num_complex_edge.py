# complex: repr, arithmetic, pow, constructor, parsing
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for z in [1j, -1j, 0j, -0j, complex(-0.0, -1), complex(0.0, -0.0), complex(-0.0, 0.0), 1 + 2j, 1.5 - 2.5j,
          complex(1e20, 1e-5), complex(float("inf"), 2), complex(1, float("-inf")), 3 + 0j]:
    print(repr(z), str(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, b ** b, abs(a), -a, +a, a.conjugate())
print(a + 1, 1 + a, a * 2.0, 2 ** a, a / 2, 1 / b, a == 3 + 4j, a != a, (1 + 0j) == 1, (1 + 0j) == 1.0, 2j == 2)
print((1 + 1j) ** 100, (1 + 1j) ** 101, 1j ** 2, (2 + 0j) ** -2, 0j ** 0, 0j ** 2, (1 + 2j) ** (3 + 4j))
show(lambda: 1j / 0)
show(lambda: 0j ** -1)
show(lambda: 0j ** 1j)
show(lambda: (1e200 + 1e200j) ** 2)
show(lambda: abs(complex(1e308, 1e308)))
show(lambda: 1j < 2j)
show(lambda: 1j // 2)
show(lambda: 1j % 2)
show(lambda: divmod(1j, 2))
show(lambda: pow(1j, 2, 3))
show(lambda: ~1j)
show(lambda: 1j + 10 ** 400)
for s in ["1+2j", "(1+2j)", " ( -1.5e3-2J ) ", "j", "-j", "+j", "1-j", "2", "-3.5", "1e5j", "inf+nanj", "-infj",
          "1_0+2_0j", "1+2", "1+2jj", "", "()", "1 + 2j", "j1", "1e+j", "1.5e+2+3.5e-2j", "nan", ".5j", "1.j"]:
    show(lambda: complex(s))
print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2), complex(1j, 1j), complex(1 + 2j, 3), complex(2, 1j))
print(complex(real=1, imag=2), complex(imag=3), complex(1.5, -0.0), complex(-0.0))
show(lambda: complex("1", 2))
show(lambda: complex(1, "2"))
show(lambda: complex([]))
show(lambda: complex(1, []))
show(lambda: complex("x"))
class C:
    def __complex__(self):
        return 5 + 6j
class Bad:
    def __complex__(self):
        return 5
print(complex(C()), complex(C(), 1))
show(lambda: complex(Bad()))
print((1 + 2j).real, (1 + 2j).imag, (5j).real, bool(0j), bool(1e-300j), 1j.__complex__() if hasattr(1j, "__complex__") else 1j)
