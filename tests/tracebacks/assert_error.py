# AssertionError with a message.
label = "assert_error"
def check_positive(values):
    for v in values:
        assert v > 0, f"value must be positive, got {v}"
    return True
print(check_positive([1, 2, 3]))
print("checking bad values")
check_positive([5, -2, 7])
print("never")
