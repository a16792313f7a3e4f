print("unreached")
try:
    x = 1
