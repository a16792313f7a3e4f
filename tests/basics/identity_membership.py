a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(2 in a, 3 in a, 3 not in a)
print("ell" in "hello", "z" in "hello", "" in "abc")
print("k" in {"k": 1}, 1 in {"k": 1})
print(1 in {1, 2}, (1, 2) in [(1, 2)])
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 3 in range(0, 10, 2))
class Box:
    def __contains__(self, x):
        return x == 42
print(42 in Box(), 1 in Box())
class It:
    def __iter__(self):
        return iter([7, 8])
print(8 in It(), 9 not in It())
print(None in [None], float("nan") in [float("nan")])
