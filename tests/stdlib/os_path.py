# os.path (posixpath): the pure string operations, on str and bytes
import os
import os.path
import posixpath
import sys

print(os.path is posixpath, sys.modules["os.path"] is posixpath)
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"))
print(os.path.join("", "x"), os.path.join("a", ""), os.path.join(b"a", b"b"))
for p in ["/a/b/c", "a/b/", "/", "//x", "x", "", "///a//b"]:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
for p in ["x.py", "x.tar.gz", ".bashrc", "a/.b", "a.b/c", "..x", "x.", b"y.txt"]:
    print(repr(p), os.path.splitext(p))
for p in ["a//b/../c/./d", "//a", "///a/..", "../../x", "a/..", "", ".", "/..", "a/b/../../..",
          b"a/./b"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(b"/"))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("/x/y", "/"))
print(repr(os.path.commonprefix(["/usr/lib", "/usr/local"])), repr(os.path.commonprefix([])))
print(os.path.commonpath(["/usr/lib", "/usr/local"]), os.path.commonpath(["a/b", "a/c/d"]))
print(os.path.splitdrive("/x/y"), os.path.normcase("AbC"))
print(os.path.expanduser("~nosuchuser/x"), os.path.expanduser("plain"))
os.environ["TP_VAR"] = "val"
print(os.path.expandvars("$TP_VAR/${TP_VAR}/$NO_SUCH_VAR_X/$"))
print(os.path.abspath("a/../b") == os.path.join(os.getcwd(), "b"))
try:
    os.path.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
try:
    os.path.join("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError", e)


class P:
    def __fspath__(self):
        return "some/dir"


print(os.path.join(P(), "f"), os.path.basename(P()), os.path.split(P()))
