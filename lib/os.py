"""os: operating system interfaces (POSIX only).

taipan's version: the system calls come from the C module posix (src/mod_posix.c); this module adds
what is written in Python: os.environ, stat_result, fspath/fsencode/fsdecode, makedirs, walk, and
os.path (posixpath).
"""
import sys
import posix
from posix import *
from posix import _exit, _environ

import posixpath as path

sys.modules["os.path"] = path

name = "posix"
linesep = "\n"
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
error = OSError
supports_bytes_environ = True


# ---- os.stat_result ----

class stat_result(tuple):
    """The result of stat(): a 10-tuple (mode, ino, dev, nlink, uid, gid, size, atime, mtime,
    ctime; the times as whole seconds) with more fields as attributes."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
               "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, raw):
        raw = tuple(raw)
        if len(raw) == 13:
            # (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize,
            #  blocks, rdev) from posix
            secs = tuple(ns // 1000000000 for ns in raw[7:10])
            self = tuple.__new__(cls, raw[:7] + secs)
            self._ns = raw[7:10]
            self._extra = raw[10:13]
            return self
        if not 10 <= len(raw) <= 19:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)"
                            % len(raw))
        self = tuple.__new__(cls, raw[:10])
        self._ns = tuple(int(t) * 1000000000 for t in raw[7:10])
        self._extra = (None, None, None)
        return self

    def __repr__(self):
        fields = ", ".join("%s=%r" % (n, v) for n, v in zip(self._fields, self))
        return "os.stat_result(" + fields + ")"

    def __reduce__(self):
        return (stat_result, (tuple(self),))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: _ns_float(self._ns[0]))
    st_mtime = property(lambda self: _ns_float(self._ns[1]))
    st_ctime = property(lambda self: _ns_float(self._ns[2]))
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])
    st_blksize = property(lambda self: self._extra[0])
    st_blocks = property(lambda self: self._extra[1])
    st_rdev = property(lambda self: self._extra[2])


def _ns_float(ns):
    return ns // 1000000000 + (ns % 1000000000) * 1e-9


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(posix.stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(posix.lstat(path))


def fstat(fd):
    return stat_result(posix.fstat(fd))


# ---- paths ----

def fspath(path):
    """Return the file system representation of the path (str or bytes)."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(path_type.__name__, type(path_repr).__name__))


class PathLike:
    """Abstract base class for objects with __fspath__."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, "__fspath__") or NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def getcwdb():
    return posix.getcwdb()


# ---- the environment ----

class _Environ:
    """os.environ: a mapping of str that writes through to the process environment."""

    def __init__(self, data):
        self._data = data

    @staticmethod
    def _check(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        putenv(self._check(key), self._check(value))
        self._data[key] = value

    def __delitem__(self, key):
        self._check(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    __hash__ = None

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        if not self._data:
            raise KeyError("popitem(): dictionary is empty")
        key = next(reversed(list(self._data)))
        return key, self.pop(key)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def copy(self):
        return dict(self._data)

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % kv for kv in self._data.items())

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_environ())
del _environ


def getenv(key, default=None):
    """Get an environment variable, return None (or default) if it doesn't exist."""
    return environ.get(key, default)


# ---- directory trees ----

def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, "ASCII")
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for entry in names:
        (dirs if path.isdir(path.join(top, entry)) else nondirs).append(entry)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
