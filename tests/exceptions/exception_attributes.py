e = OSError(2, "No such file or directory")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
e = FileNotFoundError(2, "Missing", "f.txt")
print(e.errno, e.strerror, e.filename, str(e))
try:
    {}["k"]
except KeyError as e:
    print(e.args[0])
try:
    int("x")
except ValueError as e:
    print(e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
e = SystemExit(3)
print(e.code, e.args)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))
e = NameError("n", name="zz")
print(e.name, e)
e = AttributeError("a", name="nm", obj=5)
print(e.name, e.obj)
