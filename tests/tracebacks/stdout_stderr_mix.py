# Output on both stdout and stderr, then an uncaught error.
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
print("to stdout 2")
sys.stderr.write("raw stderr write\n")
sys.stdout.write("no newline at end of stdout")
sys.stdout.flush()
x = {"a": 1}
x["b"]
