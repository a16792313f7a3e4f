import sys
print(len(sys.argv), sys.argv[0].endswith("sys_argv_exit.py"))
try:
    sys.exit()
except SystemExit as e:
    print(repr(e.code), e.args)
try:
    sys.exit(3)
except SystemExit as e:
    print(repr(e.code), e.args)
try:
    sys.exit("msg")
except SystemExit as e:
    print(repr(e.code))
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(4)
    except Exception:
        print("not here")
except BaseException as e:
    print(type(e).__name__)
sys.exit(None)
