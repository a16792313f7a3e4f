# sys attributes that must look like CPython's
import sys
print(sys.version_info[:3], sys.version_info >= (3, 8), sys.version_info.major, sys.version_info.minor)
print(sys.version_info)
print(sys.version.startswith("3.11.7"), sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform)
print(type(sys.argv), sys.argv[0].endswith("sys_attributes.py"), len(sys.argv))
print(sys.path[0].endswith("tests/sysmod"), type(sys.path))
print(sys.modules["sys"] is sys, "builtins" in sys.modules, sys.modules["__main__"].__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(e)
print(sys.stdout.encoding, sys.stderr.name, sys.stdin.name, sys.stdout is sys.__stdout__)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
print(sys.exc_info(), sys.exception())
print(sys.intern("abc") == "abc", sys.maxunicode, sys.getdefaultencoding())
try:
    sys.intern(1)
except TypeError as e:
    print(e)
print(sys.flags.optimize, sys.hash_info.width, sys.float_info.max, sys.float_info.epsilon)
print(sys.int_info.bits_per_digit, sys.implementation.name in ("cpython", "taipan"))
print(repr(sys.stdout))
r = sys.stdout.write("written\n")
print(r)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names)
