# linecache: lines of source files (cached, checked against the file's size and mtime), a coding
# cookie, files found along sys.path, and sources that only a module's loader can give.
import linecache
import os
import sys

d = "linecache_tmp_%d" % os.getpid()
os.mkdir(d)
try:
    p = os.path.join(d, "m.py")
    with open(p, "w") as f:
        f.write("first\nsecond\n\nlast without newline")
    print(repr(linecache.getline(p, 1)), repr(linecache.getline(p, 4)))
    print(repr(linecache.getline(p, 0)), repr(linecache.getline(p, 5)), repr(linecache.getline(p, -1)))
    print(linecache.getlines(p))
    print(p in linecache.cache, linecache.cache[p][0], linecache.cache[p][3] == p)
    with open(p, "w") as f:
        f.write("changed\n")
    print(repr(linecache.getline(p, 1)))  # still the cached text
    linecache.checkcache(p)
    print(repr(linecache.getline(p, 1)))
    os.remove(p)
    linecache.checkcache()
    print(p in linecache.cache, linecache.getlines(p))

    lat = os.path.join(d, "lat.py")
    with open(lat, "wb") as f:
        f.write(b"# -*- coding: latin-1 -*-\ns = '\xe9t\xe9'\n")
    print(linecache.getline(lat, 2), end="")
    bom = os.path.join(d, "bom.py")
    with open(bom, "wb") as f:
        f.write(b"\xef\xbb\xbfx = 1\n")
    print(repr(linecache.getline(bom, 1)))
    bad = os.path.join(d, "bad.py")
    with open(bad, "wb") as f:
        f.write(b"x = '\xff'\n")
    print(linecache.getlines(bad))

    sys.path.insert(0, d)
    with open(os.path.join(d, "rel.py"), "w") as f:
        f.write("found along sys.path\n")
    print(repr(linecache.getline("rel.py", 1)))
    del sys.path[0]
finally:
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)

print(linecache.getlines("<string>"), linecache.getlines(""), linecache.getlines("no/such/file.py"))


class Loader:
    def get_source(self, name):
        return "line one of %s\nline two\n" % name


g = {"__name__": "fake_mod", "__loader__": Loader()}
print(linecache.lazycache("fake.py", g), len(linecache.cache["fake.py"]))
print(linecache.lazycache("fake.py", g), linecache.lazycache("<fake>", g), linecache.lazycache("x.py", {}))
print(repr(linecache.getline("fake.py", 1)), linecache.cache["fake.py"][1:])
print(repr(linecache.getline("other_fake.py", 2, g)))
linecache.clearcache()
print(linecache.cache)
