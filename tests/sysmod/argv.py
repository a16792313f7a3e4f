import sys
print(type(sys.argv).__name__)
print(len(sys.argv))
print(sys.argv)
print(sys.argv[0])
print(sys.argv[0].endswith("argv.py"))
print(sys.argv[1:])
args = sys.argv[1:]
if not args:
    print("no extra arguments")
name = sys.argv[0].split("/")[-1]
print(name)
