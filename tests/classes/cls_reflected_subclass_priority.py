class A:
    def __add__(self, o): return "A.add"
    def __radd__(self, o): return "A.radd"
    def __lt__(self, o): return "A.lt"
    def __gt__(self, o): return "A.gt"
    def __eq__(self, o): return "A.eq"
class B(A):
    def __radd__(self, o): return "B.radd"
    def __gt__(self, o): return "B.gt"
    def __eq__(self, o): return "B.eq"
class C(A):
    pass
print(A() + B())
print(B() + A())
print(A() + C())
print(A() < B())
print(A() < C())
print(A() == B(), B() == A())
print(1 == A(), A() == 1)
class N:
    def __eq__(self, o): return NotImplemented
n = N()
print(n == n, n == N(), n != n, n != N())
print(1 < 2.5, 2 == 2.0, (1, 2) < (1, 2, 0), [1, 2] == (1, 2))
