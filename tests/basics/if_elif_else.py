def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
for v in (-5, 0, 3, 10, 100):
    print(v, classify(v))
if []:
    print("empty list true")
else:
    print("empty list false")
if "x" and 0:
    print("no")
elif None or "y":
    print("elif yes")
x = 5
if x: print("one-line if")
