print(True and False, True or False, not True)
print(0 or 5, 3 and 4, 0 and 5, "" or "x")
def loud(v):
    print("eval", v)
    return v
print(loud(0) and loud(1))
print(loud(1) or loud(2))
print(loud(1) and loud(2))
print(loud("") or loud(0))
x = None
print(x is None, x is not None)
print(not None, not [], not [0])
print(True + True, True * 10, False - 1)
print(1 if [] else 2)
