# A bare `raise` in a handler re-raises with the original traceback.
def fragile(n):
    return [0, 1, 2][n]
def caller():
    try:
        return fragile(7)
    except IndexError:
        print("logging failure, re-raising")
        raise
print(fragile(1))
caller()
