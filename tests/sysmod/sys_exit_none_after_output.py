import sys
print("before")
sys.stdout.write("partial line")
sys.exit(None)
