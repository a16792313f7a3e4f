import sys
print("before exit")
def main():
    print("in main")
    return 0
code = main()
print("exiting with", code)
sys.stdout.flush()
sys.exit(code)
print("never printed")
