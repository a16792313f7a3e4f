x = 10
print([x for _ in range(2)])
print([x * y for y in range(3)])
def f():
    y = 5
    return [y + i for i in range(3)]
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
try:
    print(i)
except NameError as e:
    print("NameError:", e)
print({k: [k * j for j in range(2)] for k in range(3)})
gen = (a for a in range(3))
print(list(gen), list(gen))
