print("never")
if (a, b) := (1, 2):
    pass
