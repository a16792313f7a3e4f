# NameError for an undefined name inside a function.
def compute(x):
    y = x * 2
    return y + undefined_value
print("start")
result = 0
for i in range(2):
    result += i
print(result)
compute(result)
