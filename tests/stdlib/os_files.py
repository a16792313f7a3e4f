# os: directories and files (mkdir, listdir, stat, rename, remove, fd-level I/O) in a scratch dir
import os

base = "/tmp/taipan_os_files_%d" % os.getpid()
os.mkdir(base)
try:
    print(os.listdir(base))
    os.makedirs(os.path.join(base, "a", "b", "c"))
    os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
    try:
        os.mkdir(os.path.join(base, "a"))
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)
    fname = os.path.join(base, "f.txt")
    fd = os.open(fname, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b"hello world\n"), os.write(fd, bytearray(b"more")))
    os.close(fd)
    st = os.stat(fname)
    print(st.st_size, st[6], len(st), oct(st.st_mode & 0o777), os.path.getsize(fname))
    print(isinstance(st.st_mtime, float), st.st_mtime_ns // 10**9 == st[8] == int(st.st_mtime))
    print(os.path.isfile(fname), os.path.isdir(fname), os.path.exists(fname), os.path.islink(fname))
    fd = os.open(fname, os.O_RDONLY)
    print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
    print(os.fstat(fd).st_size, os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 5))
    os.close(fd)
    os.rename(fname, os.path.join(base, "g.txt"))
    print(sorted(os.listdir(base)), sorted(os.listdir(base.encode())))
    os.symlink("g.txt", os.path.join(base, "link"))
    print(os.path.islink(os.path.join(base, "link")), os.readlink(os.path.join(base, "link")))
    print(os.path.realpath(os.path.join(base, "link")) == os.path.join(os.path.realpath(base), "g.txt"))
    print(os.lstat(os.path.join(base, "link")).st_mode & 0o170000 == 0o120000)
    walked = [(os.path.relpath(d, base), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base)]
    print(sorted(walked))
    for name in ["g.txt", "link"]:
        os.remove(os.path.join(base, name))
    try:
        os.remove(os.path.join(base, "g.txt"))
    except FileNotFoundError as e:
        print(type(e).__name__, str(e).replace(base, "BASE"))
    try:
        os.rmdir(os.path.join(base, "a"))
    except OSError as e:
        print(type(e).__name__, e.errno == 39)
    cwd = os.getcwd()
    os.chdir(base)
    os.removedirs(os.path.join("a", "b", "c"))  # stops at the cwd: relative path
    print(os.getcwd() == os.path.realpath(base), os.listdir(), os.listdir(base))
    os.chdir(cwd)
    try:
        os.chdir(os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.filename == os.path.join(base, "nope"))
    try:
        os.open(os.path.join(base, "nope"), os.O_RDONLY)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
finally:
    os.rmdir(base)
print(os.path.exists(base))
