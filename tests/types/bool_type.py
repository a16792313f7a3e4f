print(True, False, type(True).__name__)
print(True + True, True * 3, True / 2, -True, ~True)
print(int(True), float(False), str(True), repr(False))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]))
print(bool(None), bool({}), bool(set()), bool(()), bool(range(0)), bool(0j))
print(isinstance(True, int), issubclass(bool, int), True == 1, False == 0.0)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(sum([True, True, False, True]))
print({True: "a", 1: "b"})
print(True is True, bool("False"))
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
print(bool(Z()), bool(L()), not Z())
print(max(True, 2), min(False, -1))
