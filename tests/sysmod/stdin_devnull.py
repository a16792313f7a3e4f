import sys
print(sys.stdin is not None)
data = sys.stdin.read()
print(repr(data), len(data))
print(repr(sys.stdin.readline()))
print(sys.stdin.readlines())
for line in sys.stdin:
    print("never", line)
print("stdin exhausted")
try:
    input()
except EOFError:
    print("input EOF")
