result = []
for x in range(6):
    if x % 2 == 0:
        result.append("even")
    elif x == 3:
        result.append("three")
    else:
        result.append("odd")
print(result)
def sign(n):
    return (n > 0) - (n < 0)
print([sign(n) for n in (-5, 0, 5)])
value = None
print(value if value is not None else "fallback")
nums = [3, 1, 2]
nums.sort() if len(nums) > 1 else None
print(nums)
print(type(None).__name__, None == None, None is None)
print(bool(None), str(None), repr(None))
