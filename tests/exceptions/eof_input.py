try:
    line = input()
except EOFError as e:
    print("EOFError", repr(e), str(e) == "")
try:
    input("prompt> ")
except EOFError:
    print("\nEOF after prompt")
print(issubclass(EOFError, Exception))
import sys
data = sys.stdin.read()
print(repr(data))
print(sys.stdin.readline() == "")
