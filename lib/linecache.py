"""Cache lines from Python source files (taipan's own implementation of the 3.11 API).

cache maps a file name to (size, mtime, lines, fullname) for a file read from disk, or to a
1-tuple (get_lines,) for a module whose source comes from its loader and has not been asked
for yet (lazycache). The library's own modules (`<taipan>/lib/...`, embedded in the binary) are
read through their loader, or the built-in `_imp._source`, as the interpreter's tracebacks do.
"""
import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}

_LIB_PREFIX = "<taipan>/lib/"


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache, updating the cache if it doesn't
    contain an entry for this file already; '' when there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache, updating the cache if it doesn't
    contain an entry for this file already."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date (the file changed or disappeared)."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            continue  # a lazy entry: nothing read yet
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue  # not read from a file: no way to check it
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines; [] when the source is not found."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        basename = filename
        # a module whose loader gives its source (registered by lazycache, or now)
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = _split(data)
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if filename.startswith(_LIB_PREFIX):
            import _imp
            data = _imp._source(filename)
            if data is None:
                return []
            lines = _split(data)
            cache[filename] = (len(data), None, lines, fullname)
            return lines
        # a relative name: look along sys.path, as the import system would have found it
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                stat = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        with open(fullname, "rb") as fp:
            data = fp.read()
        lines = _split(data.decode(_source_encoding(data)))
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    size, mtime = stat.st_size, stat.st_mtime
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals' loader, so that its source can be had
    later. True when the cache holds such an entry (new or not)."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return False
    if module_globals and "__name__" in module_globals:
        spec = module_globals.get("__spec__")
        name = getattr(spec, "name", None) or module_globals["__name__"]
        loader = getattr(spec, "loader", None)
        if loader is None:
            loader = module_globals.get("__loader__")
        get_source = getattr(loader, "get_source", None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False


def _split(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines


def _cookie(line):
    # the encoding named by a PEP 263 comment: `# ... coding[:=] name`
    line = line.lstrip(b" \t\f")
    if not line.startswith(b"#"):
        return None
    i = line.find(b"coding")
    while i >= 0:
        rest = line[i + 6:]
        if rest[:1] in (b":", b"="):
            rest = rest[1:].lstrip(b" \t")
            n = 0
            while n < len(rest) and (chr(rest[n]).isalnum() or rest[n] in b"-_."):
                n += 1
            if n:
                return rest[:n].decode("ascii")
        i = line.find(b"coding", i + 6)
    return None


def _source_encoding(data):
    # what tokenize.detect_encoding finds: a BOM, else a cookie in line 1 or 2 (line 2 only
    # after a comment or blank line 1), else UTF-8
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    first, _, rest = data.partition(b"\n")
    enc = _cookie(first)
    if enc is None and first.strip(b" \t\f\r")[:1] in (b"", b"#"):
        enc = _cookie(rest.partition(b"\n")[0])
    if enc is None:
        return "utf-8"
    norm = enc.lower().replace("_", "-")
    if norm == "utf-8" or norm.startswith("utf-8-"):
        return "utf-8"
    if norm in ("latin-1", "iso-8859-1", "iso-latin-1") or norm.startswith(
            ("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return enc
