a = 1; b = 2; c = a + b
print(a, b, c)
x = [1,
     2,
     3]
print(x)
total = (1 +
         2 +
         3)
print(total)
if a == 1: print("inline if"); print("second statement")
d = {
    "k": "v",
    "k2": "v2",
}
print(d)
s = 1 + \
    2
print(s)
def f(a,
      b):
    return a * b
print(f(3,
        4))
