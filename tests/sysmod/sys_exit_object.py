# SystemExit with a non-int code: printed to stderr, status 1
import sys
print("start")
sys.exit(["a", 1])
