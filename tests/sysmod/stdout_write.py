import sys
n = sys.stdout.write("hello\n")
print(n)
sys.stdout.write("a")
sys.stdout.write("b")
sys.stdout.write("\n")
print(sys.stdout.write(""))
sys.stdout.write("unicode é ☃\n")
w = sys.stdout.write
w("through alias\n")
sys.stdout.flush()
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(sys.stdout, "write"), hasattr(sys.stdout, "flush"))
