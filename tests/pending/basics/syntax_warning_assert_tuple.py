x = 0
try:
    assert (x, "x must be set")
    print("assert passed")
except AssertionError:
    print("failed")
