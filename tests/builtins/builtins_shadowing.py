def len(x):
    return "shadowed"
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))
list = lambda *a: "fake list"
print(list(range(3)))
del list
print(list(range(3)))
def local_shadow():
    abs = "local abs"
    return abs
print(local_shadow(), abs(-3))
def param_shadow(max):
    return max
print(param_shadow(5), max(1, 2))
class K:
    sum = "class attr sum"
    total = sum
print(K.total, sum([1, 2]))
