import sys
print("before")
sys.stdout.flush()
sys.exit({"code": 3})
