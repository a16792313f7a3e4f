# The ~~~^~~~ markers point at the failing binary operation.
label = "zero_division_binop"
def ratio(a, b):
    return a / b
print("ratio", ratio(10, 4))
numerator = 10
denominator = 0
print("computing")
result = numerator + ratio(numerator, denominator)
print(result)
