class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented
print(A() == B())
print(A() != B())
class C:
    def __eq__(self, o):
        return "C-eq"
print(C() == 1, 1 == C())
class D(int):
    def __eq__(self, o):
        return "D-eq"
print(1 == D(1), D(1) == 1)
print([A()] == [1] if False else "skip")
class E:
    def __ne__(self, o):
        return "custom ne"
print(E() != 1, E() == E())
