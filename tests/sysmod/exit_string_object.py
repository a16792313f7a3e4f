import sys
print("about to exit with a list")
sys.stdout.flush()
codes = [1, 2]
print(len(codes))
x = 0
for c in codes:
    x += c
print(x)
sys.exit(codes)
