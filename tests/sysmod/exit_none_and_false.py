import sys
print("exit with None means success")
try:
    sys.exit(None)
except SystemExit as e:
    print("code:", e.code)
try:
    sys.exit(False)
except SystemExit as e:
    print("code:", e.code)
try:
    sys.exit(True)
except SystemExit as e:
    print("code:", e.code)
sys.exit(True)
