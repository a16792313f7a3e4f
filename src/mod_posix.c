/*
 * mod_posix.c — the `posix` module: the system calls behind lib/os.py (processes, environment,
 * files and directories, file descriptors). Paths are str (encoded UTF-8 with surrogateescape),
 * bytes or os.PathLike; every failed call raises through tpErr_from_errno with the file name, and
 * calls that block retry after EINTR once the signal handlers have run (PEP 475).
 * stat() returns a plain tuple that os.py turns into os.stat_result.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sysexits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "interp.h"
#include "runtime.h"
#include "signals.h"
#include "str_impl.h"

TP_INTERNAL int tpPosix_module_init(VM *vm, Value *out);

extern char **environ;

/* A converted path argument. */
typedef struct PathArg {
    const char *path;   /* NUL-terminated bytes, or NULL when fd >= 0 / absent */
    int fd;             /* an int given where a descriptor is allowed, else -1 */
    bool is_bytes;      /* results (listdir) are bytes */
    Value obj;          /* what the caller passed, for error messages */
} PathArg;

enum { PATH_FD = 1, PATH_NONE = 2 };

static int path_type_error(VM *vm, const char *fn, const char *arg, int allow, Value v) {
    const char *what = (allow & PATH_FD) && (allow & PATH_NONE) ? "string, bytes, os.PathLike, "
                                                                   "integer or None"
                       : (allow & PATH_FD)                      ? "string, bytes, os.PathLike or "
                                                                   "integer"
                       : (allow & PATH_NONE) ? "string, bytes, os.PathLike or None"
                                             : "string, bytes or os.PathLike";
    return tpErr_format(vm, EXC_TypeError, "%s: %s should be %s, not %T", fn, arg, what, v);
}

int tpOs_fspath(VM *vm, Value v, Value *out) {
    Value m = tpType_lookup(vm, tpType_of(vm, v), tpStr_intern_cstr(vm, "__fspath__"));
    if (IS_NULL(m)) {
        return 0;
    }
    Value arg = v;
    if (tpObj_call(vm, m, 1, &arg, NULL, out) < 0) {
        return -1;
    }
    if (!tpObj_is(vm, *out, TYPE_STR) && !tpObj_is(vm, *out, TYPE_BYTES)) {
        return tpErr_format(vm, EXC_TypeError, "expected %T.__fspath__() to return str or bytes, "
                                               "not %T", v, *out);
    }
    return 1;
}

static int path_conv(VM *vm, const char *fn, const char *arg, Value v, int allow, PathArg *p) {
    p->path = NULL;
    p->fd = -1;
    p->is_bytes = false;
    p->obj = v;
    if ((allow & PATH_NONE) && (IS_NULL(v) || IS_NONE(v))) {
        return 0;
    }
    if ((allow & PATH_FD) && tpInt_check(vm, v) && !IS_BOOL(v)) {
        int64_t fd;
        if (tpInt_as_i64(vm, v, &fd) < 0) {
            return -1;
        }
        p->fd = (int)fd;
        return 0;
    }
    Value s = v;
    if (!tpObj_is(vm, v, TYPE_STR) && !tpObj_is(vm, v, TYPE_BYTES)) {
        int r = tpOs_fspath(vm, v, &s);
        if (r <= 0) {
            return r < 0 ? -1 : path_type_error(vm, fn, arg, allow, v);
        }
    }
    Value b = s;
    if (tpObj_is(vm, s, TYPE_STR)) {
        if (tpStr_encode(vm, AS_STR(s), "utf-8", "surrogateescape", &b) < 0) {
            return -1;
        }
    } else {
        p->is_bytes = true;
    }
    ObjBytes *bb = (ObjBytes *)AS_OBJ(b);
    if (memchr(bb->data, 0, bb->len) != NULL) { /* CPython words the two cases differently */
        return p->is_bytes ? tpErr_format(vm, EXC_ValueError, "%s: embedded null character in %s",
                                          fn, arg)
                           : tpErr_raise(vm, EXC_ValueError, "embedded null byte");
    }
    p->path = (const char *)bb->data;
    return 0;
}

static int path_error(VM *vm, const PathArg *p) {
    return tpErr_from_errno(vm, errno, p->obj, NULL_VAL);
}

static int path_error2(VM *vm, const PathArg *a, const PathArg *b) {
    return tpErr_from_errno(vm, errno, a->obj, b->obj);
}

static int errno_error(VM *vm) { return tpErr_from_errno(vm, errno, NULL_VAL, NULL_VAL); }

/* A file name from the system as str (surrogateescape) or bytes. */
static int fs_name(VM *vm, const char *s, size_t n, bool as_bytes, Value *out) {
    if (as_bytes) {
        ObjBytes *b = tpBytes_new(vm, s, n);
        *out = b ? OBJ_VAL(b) : NULL_VAL;
        return b ? 0 : -1;
    }
    ObjStr *r = tpStr_decode_utf8(vm, s, n, "surrogateescape");
    *out = r ? OBJ_VAL(r) : NULL_VAL;
    return r ? 0 : -1;
}

static int get_int(VM *vm, Value v, int *out) {
    int64_t n;
    *out = 0;
    if (tpObj_as_index(vm, v, &n) < 0) {
        return -1;
    }
    if (n < INT32_MIN || n > INT32_MAX) {
        return tpErr_raise(vm, EXC_OverflowError, n < 0 ? "signed integer is less than minimum"
                                                         : "signed integer is greater than maximum");
    }
    *out = (int)n;
    return 0;
}

static int ret_int(VM *vm, int64_t n, Value *out) {
    *out = tpInt_from_i64(vm, n);
    return IS_NULL(*out) ? -1 : 0;
}

static int ret_none(Value *out) {
    *out = NONE_VAL;
    return 0;
}

/* ==== processes and the environment ==== */

static int px_getpid(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return ret_int(vm, getpid(), out);
}

static int px_getppid(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return ret_int(vm, getppid(), out);
}

static int px_getuid(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int m = vm->magic;
    return ret_int(vm, m == 0 ? (int64_t)getuid() : m == 1 ? (int64_t)geteuid()
                       : m == 2 ? (int64_t)getgid() : (int64_t)getegid(), out);
}

static int px_umask(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int mask;
    if (get_int(vm, argv[0], &mask) < 0) {
        return -1;
    }
    return ret_int(vm, umask((mode_t)mask), out);
}

static int px_kill(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t pid;
    int sig;
    if (tpObj_as_index(vm, argv[0], &pid) < 0 || get_int(vm, argv[1], &sig) < 0) {
        return -1;
    }
    if (kill((pid_t)pid, sig) < 0) {
        return errno_error(vm);
    }
    return ret_none(out);
}

static int px_exit(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int code;
    if (get_int(vm, argv[0], &code) < 0) {
        return -1;
    }
    _exit(code); /* no clean-up and no flushing, as CPython's os._exit */
}

static int px_strerror(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int code;
    if (get_int(vm, argv[0], &code) < 0) {
        return -1;
    }
    ObjStr *s = tpStr_from_cstr(vm, strerror(code));
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s ? 0 : -1;
}

/* A str argument as a C string for the environment functions. */
static int env_str(VM *vm, Value v, const char **out) {
    if (!tpObj_is(vm, v, TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "str expected, not %T", v);
    }
    ObjStr *s = tpStr_terminated(vm, AS_STR(v));
    if (s == NULL) {
        return -1;
    }
    if (strlen(s->data) != s->nbytes) {
        return tpErr_raise(vm, EXC_ValueError, "embedded null byte");
    }
    *out = s->data;
    return 0;
}

static int px_putenv(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    const char *k, *v;
    if (env_str(vm, argv[0], &k) < 0 || env_str(vm, argv[1], &v) < 0) {
        return -1;
    }
    if (strchr(k, '=') != NULL) { /* an empty name is left to the call: EINVAL as CPython */
        return tpErr_raise(vm, EXC_ValueError, "illegal environment variable name");
    }
    if (setenv(k, v, 1) < 0) {
        return errno_error(vm);
    }
    return ret_none(out);
}

static int px_unsetenv(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    const char *k;
    if (env_str(vm, argv[0], &k) < 0) {
        return -1;
    }
    if (strchr(k, '=') != NULL) { /* an empty name is left to the call: EINVAL as CPython */
        return tpErr_raise(vm, EXC_ValueError, "illegal environment variable name");
    }
    if (unsetenv(k) < 0) {
        return errno_error(vm);
    }
    return ret_none(out);
}

/* The process environment as a new dict of str. */
static int px_environ(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    ObjDict *d = tpDict_new(vm);
    if (d == NULL) {
        return -1;
    }
    for (char **e = environ; e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL || eq == *e) {
            continue;
        }
        Value k, v;
        if (fs_name(vm, *e, (size_t)(eq - *e), false, &k) < 0 ||
            fs_name(vm, eq + 1, strlen(eq + 1), false, &v) < 0) {
            return -1;
        }
        int has;
        Value old;
        if ((has = tpDict_get(vm, d, k, &old)) < 0 || (!has && tpDict_set(vm, d, k, v) < 0)) {
            return -1;
        }
    }
    *out = OBJ_VAL(d);
    return 0;
}

static int px_cpu_count(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? ret_none(out) : ret_int(vm, n, out);
}

static int px_urandom(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t n;
    if (tpObj_as_index(vm, argv[0], &n) < 0) {
        return -1;
    }
    if (n < 0) {
        return tpErr_raise(vm, EXC_ValueError, "negative argument not allowed");
    }
    uint8_t *buf = malloc((size_t)n + 1);
    if (buf == NULL) {
        return tpErr_no_memory(vm);
    }
    for (int64_t got = 0; got < n;) {
        ssize_t r = getrandom(buf + got, (size_t)(n - got), 0);
        if (r < 0 && errno != EINTR) {
            free(buf);
            return errno_error(vm);
        }
        got += r > 0 ? r : 0;
    }
    ObjBytes *b = tpBytes_new(vm, buf, (size_t)n);
    free(buf);
    *out = b ? OBJ_VAL(b) : NULL_VAL;
    return b ? 0 : -1;
}

/* ==== files and directories ==== */

static int px_getcwd(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    char *cwd = getcwd(NULL, 0);
    if (cwd == NULL) {
        return errno_error(vm);
    }
    int rc = fs_name(vm, cwd, strlen(cwd), vm->magic == 1, out);
    free(cwd);
    return rc;
}

static int px_chdir(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    PathArg p;
    if (path_conv(vm, "chdir", "path", argv[0], PATH_FD, &p) < 0) {
        return -1;
    }
    if ((p.fd >= 0 ? fchdir(p.fd) : chdir(p.path)) < 0) {
        return path_error(vm, &p);
    }
    return ret_none(out);
}

static int px_listdir(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    PathArg p;
    if (path_conv(vm, "listdir", "path", argc > 0 ? argv[0] : NULL_VAL, PATH_FD | PATH_NONE,
                  &p) < 0) {
        return -1;
    }
    DIR *d = p.fd >= 0 ? fdopendir(dup(p.fd)) : opendir(p.path ? p.path : ".");
    if (d == NULL) {
        return path_error(vm, &p);
    }
    ObjList *l = tpList_new(vm, 0);
    if (l == NULL) {
        closedir(d);
        return -1;
    }
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            continue;
        }
        Value name;
        if (fs_name(vm, e->d_name, strlen(e->d_name), p.is_bytes, &name) < 0 ||
            tpList_append(vm, l, name) < 0) {
            closedir(d);
            return -1;
        }
    }
    int err = errno;
    closedir(d);
    if (err != 0) {
        errno = err;
        return path_error(vm, &p);
    }
    *out = OBJ_VAL(l);
    return 0;
}

static int px_mkdir(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    static const char *const names[] = {"path", "mode", "dir_fd"};
    Value a[3];
    PathArg p;
    int mode = 0777;
    if (tpArg_parse_kw(vm, "mkdir", argc, argv, kw, 2, names, 3, a) < 0 ||
        path_conv(vm, "mkdir", "path", a[0], 0, &p) < 0 ||
        (!IS_NULL(a[1]) && get_int(vm, a[1], &mode) < 0)) {
        return -1;
    }
    if (mkdir(p.path, (mode_t)mode) < 0) {
        return path_error(vm, &p);
    }
    return ret_none(out);
}

/* rmdir / remove / unlink: one path, one call (magic picks it). */
static int px_rmpath(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    static const char *const fnames[] = {"rmdir", "remove", "unlink"};
    int m = vm->magic;
    PathArg p;
    if (path_conv(vm, fnames[m], "path", argv[0], 0, &p) < 0) {
        return -1;
    }
    if ((m == 0 ? rmdir(p.path) : unlink(p.path)) < 0) {
        return path_error(vm, &p);
    }
    return ret_none(out);
}

/* rename / replace (the same call on POSIX), symlink, link (magic picks it). */
static int px_twopath(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    static const char *const fnames[] = {"rename", "replace", "symlink", "link"};
    int m = vm->magic;
    PathArg a, b;
    if (path_conv(vm, fnames[m], "src", argv[0], 0, &a) < 0 ||
        path_conv(vm, fnames[m], "dst", argv[1], 0, &b) < 0) {
        return -1;
    }
    int r = m <= 1 ? rename(a.path, b.path) : m == 2 ? symlink(a.path, b.path) : link(a.path, b.path);
    if (r < 0) {
        return path_error2(vm, &a, &b);
    }
    return ret_none(out);
}

static int px_readlink(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    PathArg p;
    if (path_conv(vm, "readlink", "path", argv[0], 0, &p) < 0) {
        return -1;
    }
    char buf[4096];
    ssize_t n = readlink(p.path, buf, sizeof buf);
    if (n < 0) {
        return path_error(vm, &p);
    }
    return fs_name(vm, buf, (size_t)n, p.is_bytes, out);
}

static int px_access(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    PathArg p;
    int mode;
    if (path_conv(vm, "access", "path", argv[0], 0, &p) < 0 || get_int(vm, argv[1], &mode) < 0) {
        return -1;
    }
    *out = BOOL_VAL(access(p.path, mode) == 0);
    return 0;
}

static int px_chmod(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    PathArg p;
    int mode;
    if (path_conv(vm, "chmod", "path", argv[0], PATH_FD, &p) < 0 ||
        get_int(vm, argv[1], &mode) < 0) {
        return -1;
    }
    if ((p.fd >= 0 ? fchmod(p.fd, (mode_t)mode) : chmod(p.path, (mode_t)mode)) < 0) {
        return path_error(vm, &p);
    }
    return ret_none(out);
}

/* (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev) */
static int stat_tuple(VM *vm, const struct stat *st, Value *out) {
    int64_t v[13] = {st->st_mode, (int64_t)st->st_ino, (int64_t)st->st_dev, (int64_t)st->st_nlink,
                     st->st_uid, st->st_gid, st->st_size,
                     (int64_t)st->st_atim.tv_sec * 1000000000 + st->st_atim.tv_nsec,
                     (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec,
                     (int64_t)st->st_ctim.tv_sec * 1000000000 + st->st_ctim.tv_nsec,
                     st->st_blksize, st->st_blocks, (int64_t)st->st_rdev};
    ObjTuple *t = tpTuple_new(vm, 13);
    if (t == NULL) {
        return -1;
    }
    for (int i = 0; i < 13; i++) {
        t->items[i] = tpInt_from_i64(vm, v[i]);
        if (IS_NULL(t->items[i])) {
            return -1;
        }
    }
    *out = OBJ_VAL(t);
    return 0;
}

/* stat(path, *, dir_fd=None, follow_symlinks=True); lstat when magic is 1. */
static int px_stat(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks"};
    const char *fn = vm->magic ? "lstat" : "stat";
    bool follow = vm->magic == 0;
    Value a[3];
    PathArg p;
    if (tpArg_parse_kw(vm, fn, argc, argv, kw, 1, names, 3, a) < 0 ||
        path_conv(vm, fn, "path", a[0], follow ? PATH_FD : 0, &p) < 0) {
        return -1;
    }
    if (!IS_NULL(a[2])) {
        int t;
        if (tpObj_truth(vm, a[2], &t) < 0) {
            return -1;
        }
        follow = follow && t;
    }
    struct stat st;
    int r = p.fd >= 0 ? fstat(p.fd, &st) : follow ? stat(p.path, &st) : lstat(p.path, &st);
    if (r < 0) {
        return path_error(vm, &p);
    }
    return stat_tuple(vm, &st, out);
}

static int px_fstat(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int fd;
    struct stat st;
    if (get_int(vm, argv[0], &fd) < 0) {
        return -1;
    }
    if (fstat(fd, &st) < 0) {
        return errno_error(vm);
    }
    return stat_tuple(vm, &st, out);
}

/* ==== file descriptors ==== */

static int px_open(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    static const char *const names[] = {"path", "flags", "mode", "dir_fd"};
    Value a[4];
    PathArg p;
    int flags, mode = 0777;
    if (tpArg_parse_kw(vm, "open", argc, argv, kw, 3, names, 4, a) < 0) {
        return -1;
    }
    if (IS_NULL(a[1])) {
        return tpErr_raise(vm, EXC_TypeError,
                           "open() missing required argument 'flags' (pos 2)");
    }
    if (path_conv(vm, "open", "path", a[0], 0, &p) < 0 || get_int(vm, a[1], &flags) < 0 ||
        (!IS_NULL(a[2]) && get_int(vm, a[2], &mode) < 0)) {
        return -1;
    }
    for (;;) {
        int fd = open(p.path, flags | O_CLOEXEC, (mode_t)mode);
        if (fd >= 0) {
            return ret_int(vm, fd, out);
        }
        if (errno != EINTR) {
            return path_error(vm, &p);
        }
        if (tpSignal_run_pending(vm) < 0) {
            return -1;
        }
    }
}

static int px_close(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int fd;
    if (get_int(vm, argv[0], &fd) < 0) {
        return -1;
    }
    if (close(fd) < 0 && errno != EINTR) {
        return errno_error(vm);
    }
    return ret_none(out);
}

static int px_read(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int fd;
    int64_t n;
    if (get_int(vm, argv[0], &fd) < 0 || tpObj_as_index(vm, argv[1], &n) < 0) {
        return -1;
    }
    if (n < 0) {
        errno = EINVAL;
        return errno_error(vm);
    }
    uint8_t *buf = malloc((size_t)n + 1);
    if (buf == NULL) {
        return tpErr_no_memory(vm);
    }
    ssize_t r;
    while ((r = read(fd, buf, (size_t)n)) < 0 && errno == EINTR) {
        if (tpSignal_run_pending(vm) < 0) {
            free(buf);
            return -1;
        }
    }
    if (r < 0) {
        free(buf);
        return errno_error(vm);
    }
    ObjBytes *b = tpBytes_new(vm, buf, (size_t)r);
    free(buf);
    *out = b ? OBJ_VAL(b) : NULL_VAL;
    return b ? 0 : -1;
}

/* The bytes of a bytes-like argument (bytes or bytearray). */
static int buffer_arg(VM *vm, Value v, const uint8_t **data, size_t *n) {
    *data = NULL;
    *n = 0;
    if (tpObj_is(vm, v, TYPE_BYTES)) {
        *data = ((ObjBytes *)AS_OBJ(v))->data;
        *n = ((ObjBytes *)AS_OBJ(v))->len;
        return 0;
    }
    if (tpObj_is(vm, v, TYPE_BYTEARRAY)) {
        *data = ((ObjByteArray *)AS_OBJ(v))->data;
        *n = ((ObjByteArray *)AS_OBJ(v))->len;
        return 0;
    }
    if (IS_OBJ_TYPE(v, vm->types[TYPE_MEMORYVIEW])) {
        if (tpMemoryView_view(vm, v, data, n)) {
            return 0;
        }
        return tpBuffer_error(vm, v);
    }
    return tpErr_format(vm, EXC_TypeError, "a bytes-like object is required, not '%T'", v);
}

static int px_write(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int fd;
    const uint8_t *data;
    size_t n;
    if (get_int(vm, argv[0], &fd) < 0 || buffer_arg(vm, argv[1], &data, &n) < 0) {
        return -1;
    }
    ssize_t r;
    while ((r = write(fd, data, n)) < 0 && errno == EINTR) {
        if (tpSignal_run_pending(vm) < 0) {
            return -1;
        }
    }
    return r < 0 ? errno_error(vm) : ret_int(vm, r, out);
}

static int px_lseek(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int fd, how;
    int64_t pos;
    if (get_int(vm, argv[0], &fd) < 0 || tpObj_as_index(vm, argv[1], &pos) < 0 ||
        get_int(vm, argv[2], &how) < 0) {
        return -1;
    }
    off_t r = lseek(fd, (off_t)pos, how);
    return r < 0 ? errno_error(vm) : ret_int(vm, r, out);
}

static int px_pipe(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) {
        return errno_error(vm);
    }
    ObjTuple *t = tpTuple_new(vm, 2);
    if (t == NULL) {
        return -1;
    }
    t->items[0] = INT_VAL(fds[0]);
    t->items[1] = INT_VAL(fds[1]);
    *out = OBJ_VAL(t);
    return 0;
}

static int px_dup(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int fd;
    if (get_int(vm, argv[0], &fd) < 0) {
        return -1;
    }
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return r < 0 ? errno_error(vm) : ret_int(vm, r, out);
}

static int px_dup2(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    static const char *const names[] = {"fd", "fd2", "inheritable"};
    Value a[3];
    int fd, fd2, inh = 1;
    if (tpArg_parse_kw(vm, "dup2", argc, argv, kw, 3, names, 3, a) < 0 ||
        get_int(vm, a[0], &fd) < 0 || get_int(vm, a[1], &fd2) < 0 ||
        (!IS_NULL(a[2]) && tpObj_truth(vm, a[2], &inh) < 0)) {
        return -1;
    }
    int r = inh ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
    return r < 0 ? errno_error(vm) : ret_int(vm, r, out);
}

static int px_isatty(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int fd;
    if (get_int(vm, argv[0], &fd) < 0) {
        return -1;
    }
    *out = BOOL_VAL(isatty(fd) == 1);
    return 0;
}

static int px_get_blocking(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int fd;
    if (get_int(vm, argv[0], &fd) < 0) {
        return -1;
    }
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) {
        return errno_error(vm);
    }
    *out = BOOL_VAL(!(fl & O_NONBLOCK));
    return 0;
}

static int px_set_blocking(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int fd, blocking;
    if (get_int(vm, argv[0], &fd) < 0 || tpObj_truth(vm, argv[1], &blocking) < 0) {
        return -1;
    }
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fcntl(fd, F_SETFL, blocking ? fl & ~O_NONBLOCK : fl | O_NONBLOCK) < 0) {
        return errno_error(vm);
    }
    return ret_none(out);
}

static const MethodDef posix_functions[] = {
    TP_METHOD("getpid", px_getpid, 0, 0),
    TP_METHOD("getppid", px_getppid, 0, 0),
    TP_METHOD_MAGIC("getuid", px_getuid, 0, 0, 0),
    TP_METHOD_MAGIC("geteuid", px_getuid, 0, 0, 1),
    TP_METHOD_MAGIC("getgid", px_getuid, 0, 0, 2),
    TP_METHOD_MAGIC("getegid", px_getuid, 0, 0, 3),
    TP_METHOD("umask", px_umask, 1, 1),
    TP_METHOD("kill", px_kill, 2, 2),
    TP_METHOD("_exit", px_exit, 1, 1),
    TP_METHOD("strerror", px_strerror, 1, 1),
    TP_METHOD("putenv", px_putenv, 2, 2),
    TP_METHOD("unsetenv", px_unsetenv, 1, 1),
    TP_METHOD("_environ", px_environ, 0, 0),
    TP_METHOD("cpu_count", px_cpu_count, 0, 0),
    TP_METHOD("urandom", px_urandom, 1, 1),
    TP_METHOD_MAGIC("getcwd", px_getcwd, 0, 0, 0),
    TP_METHOD_MAGIC("getcwdb", px_getcwd, 0, 0, 1),
    TP_METHOD("chdir", px_chdir, 1, 1),
    TP_METHOD("listdir", px_listdir, 0, 1),
    TP_METHOD_KW("mkdir", px_mkdir, 0, 2),
    TP_METHOD_MAGIC("rmdir", px_rmpath, 1, 1, 0),
    TP_METHOD_MAGIC("remove", px_rmpath, 1, 1, 1),
    TP_METHOD_MAGIC("unlink", px_rmpath, 1, 1, 2),
    TP_METHOD_MAGIC("rename", px_twopath, 2, 2, 0),
    TP_METHOD_MAGIC("replace", px_twopath, 2, 2, 1),
    TP_METHOD_MAGIC("symlink", px_twopath, 2, 2, 2),
    TP_METHOD_MAGIC("link", px_twopath, 2, 2, 3),
    TP_METHOD("readlink", px_readlink, 1, 1),
    TP_METHOD("access", px_access, 2, 2),
    TP_METHOD("chmod", px_chmod, 2, 2),
    {"stat", px_stat, 0, 1, METH_KW, 0, NULL},
    {"lstat", px_stat, 0, 1, METH_KW, 1, NULL},
    TP_METHOD("fstat", px_fstat, 1, 1),
    TP_METHOD_KW("open", px_open, 0, 3),
    TP_METHOD("close", px_close, 1, 1),
    TP_METHOD("read", px_read, 2, 2),
    TP_METHOD("write", px_write, 2, 2),
    TP_METHOD("lseek", px_lseek, 3, 3),
    TP_METHOD("pipe", px_pipe, 0, 0),
    TP_METHOD("dup", px_dup, 1, 1),
    TP_METHOD_KW("dup2", px_dup2, 0, 3),
    TP_METHOD("isatty", px_isatty, 1, 1),
    TP_METHOD("get_blocking", px_get_blocking, 1, 1),
    TP_METHOD("set_blocking", px_set_blocking, 2, 2),
    TP_METHOD_END,
};

typedef struct PosixConst {
    const char *name;
    int value;
} PosixConst;

#define C(n) {#n, n}
static const PosixConst posix_consts[] = {
    C(O_RDONLY), C(O_WRONLY), C(O_RDWR), C(O_APPEND), C(O_CREAT), C(O_EXCL), C(O_TRUNC),
    C(O_NONBLOCK), C(O_NDELAY), C(O_SYNC), C(O_DSYNC), C(O_NOCTTY), C(O_CLOEXEC),
    C(O_DIRECTORY), C(O_NOFOLLOW), C(O_ACCMODE), C(O_ASYNC), C(O_NOATIME), C(O_PATH),
    C(O_TMPFILE), C(O_RSYNC), C(O_LARGEFILE), C(O_DIRECT),
    C(F_OK), C(R_OK), C(W_OK), C(X_OK), C(SEEK_SET), C(SEEK_CUR), C(SEEK_END),
    C(EX_OK), C(EX_USAGE), C(EX_DATAERR), C(EX_NOINPUT), C(EX_SOFTWARE), C(EX_OSERR),
    {NULL, 0},
};
#undef C

int tpPosix_module_init(VM *vm, Value *out) {
    ObjStr *name = tpStr_intern_cstr(vm, "posix");
    ObjModule *m = name == NULL ? NULL : tpModule_new(vm, name);
    if (m == NULL || tpModule_add_functions(vm, m, posix_functions) < 0) {
        return -1;
    }
    tpModule_set_builtin(m);
    for (const PosixConst *c = posix_consts; c->name != NULL; c++) {
        if (tpDict_set_cstr(vm, m->dict, c->name, INT_VAL(c->value)) < 0) {
            return -1;
        }
    }
    *out = OBJ_VAL(m);
    return 0;
}
