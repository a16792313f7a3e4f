x = 1
print(f"{:>5}")
