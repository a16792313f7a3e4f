# An uncaught ValueError raised at module level.
label = "simple_raise"
print("test:", label)
print("before the error")
values = [1, 2, 3]
total = sum(values)
print("total", total)
if total > 5:
    raise ValueError("total too large: %d" % total)
print("never printed")
