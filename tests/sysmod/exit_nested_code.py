import sys
def deep(n):
    if n == 0:
        print("exiting from depth")
        sys.exit(7)
    deep(n - 1)
try:
    deep(3)
finally:
    print("finally at module level")
print("never")
