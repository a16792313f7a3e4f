/*
 * io_fileio.c — _io.FileIO, the raw layer: one file descriptor, every call one system call
 * (read/write/lseek/ftruncate), the open(2) flags derived from a mode string, closefd and
 * opener. Failures become OSError subclasses through tpErr_from_errno. The descriptor is closed by
 * close(), or when the object is freed (the buffered layers above flush first).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io_internal.h"

#define FIO(v) ((FileIO *)AS_OBJ(v))

static void fio_mark(VM *vm, Obj *o) { tpGC_mark_value(vm, ((FileIO *)o)->name); }

static void fio_free(VM *vm, Obj *o) {
    FileIO *f = (FileIO *)o;
    if (f->fd >= 0 && f->closefd) {
        close(f->fd);
    }
    f->fd = -1;
}

static int fio_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kw, Value *out) {
    FileIO *f = tpGC_alloc(vm, type, type->size);
    if (f == NULL) {
        return -1;
    }
    f->fd = -1;
    f->seekable = -1;
    f->closefd = true;
    f->name = NONE_VAL;
    *out = OBJ_VAL(f);
    return 0;
}

/* mode string -> open(2) flags; CPython's FileIO messages */
static int parse_mode(VM *vm, FileIO *f, const char *mode, int *flags) {
    int rwa = 0, plus = 0;
    for (const char *p = mode; *p; p++) {
        switch (*p) {
        case 'r': rwa++; f->readable = true; break;
        case 'w': rwa++; f->writable = true; *flags |= O_CREAT | O_TRUNC; break;
        case 'x': rwa++; f->created = f->writable = true; *flags |= O_CREAT | O_EXCL; break;
        case 'a': rwa++; f->appending = f->writable = true; *flags |= O_CREAT | O_APPEND; break;
        case '+': plus++; f->readable = f->writable = true; break;
        case 'b': break;
        default: return tpErr_format(vm, EXC_ValueError, "invalid mode: %s", mode);
        }
    }
    if (rwa != 1 || plus > 1) {
        return tpErr_raise(vm, EXC_ValueError, "Must have exactly one of create/read/write/append "
                                               "mode and at most one plus");
    }
    *flags |= f->readable && f->writable ? O_RDWR : f->readable ? O_RDONLY : O_WRONLY;
    *flags |= O_CLOEXEC;
    return 0;
}

/* str/bytes/os.PathLike -> a path string (borrowed from *keep) */
static int path_of(VM *vm, Value file, Value *keep, const char **path) {
    Value v = file;
    if (!tpObj_is(vm, v, TYPE_STR) && !tpObj_is(vm, v, TYPE_BYTES)) {
        /* looked up on the type, as os.fspath: a class with an __fspath__ method is no path */
        int rc = tpOs_fspath(vm, file, &v);
        if (rc <= 0) {
            return rc == 0 ? tpErr_format(vm, EXC_TypeError, "expected str, bytes or os.PathLike "
                                                             "object, not %T", file)
                           : -1;
        }
    }
    *keep = v;
    if (tpObj_is(vm, v, TYPE_STR)) {
        *path = AS_STR(v)->data;
        if (strlen(*path) != AS_STR(v)->nbytes) {
            return tpErr_raise(vm, EXC_ValueError, "embedded null byte");
        }
    } else if (tpObj_is(vm, v, TYPE_BYTES)) {
        *path = (const char *)AS_BYTES(v)->data;
        if (strlen(*path) != AS_BYTES(v)->len) {
            return tpErr_raise(vm, EXC_ValueError, "embedded null byte");
        }
    } else {
        return tpErr_format(vm, EXC_TypeError, "expected %T.__fspath__() to return str or bytes, "
                                               "not %T", file, v);
    }
    return 0;
}

static int open_path(VM *vm, FileIO *f, Value file, int flags, Value opener) {
    Value keep = NULL_VAL;
    const char *path = NULL;
    if (path_of(vm, file, &keep, &path) < 0) {
        return -1;
    }
    f->name = keep;   /* an os.PathLike's path, as CPython */
    if (!IS_NONE(opener)) {
        Value args[2] = {file, INT_VAL(flags)}, r;
        int64_t fd;
        if (tpObj_call(vm, opener, 2, args, NULL, &r) < 0 || tpObj_as_index(vm, r, &fd) < 0) {
            return -1;
        }
        if (fd < 0) {
            return tpErr_format(vm, EXC_ValueError, "opener returned %lld", (long long)fd);
        }
        f->fd = (int)fd;
        return 0;
    }
    int fd;
    for (int tries = 0;; tries++) {
        fd = open(path, flags, 0666);
        if (fd >= 0 || (errno != EINTR && ((errno != EMFILE && errno != ENFILE) || tries > 0))) {
            break;
        }
        if (errno != EINTR) {
            /* out of descriptors: files nobody references any more may still hold some
             * (CPython would have closed them already); collect and finalise, then retry */
            tpGC_collect(vm);
            tpGC_run_finalizers(vm);
        }
    }
    if (fd < 0) {
        return tpErr_from_errno(vm, errno, keep, NULL_VAL);   /* the path, as CPython */
    }
    f->fd = fd;
    return 0;
}

int tpFileIO_init_args(VM *vm, FileIO *f, Value file, const char *mode, bool closefd,
                       Value opener) {
    if (f->fd >= 0 && f->closefd) {
        close(f->fd);
    }
    f->fd = -1;
    f->readable = f->writable = f->appending = f->created = false;
    f->seekable = -1;
    int flags = 0;
    if (tpObj_is(vm, file, TYPE_FLOAT)) {
        return tpErr_raise(vm, EXC_TypeError, "integer argument expected, got float");
    }
    if (parse_mode(vm, f, mode, &flags) < 0) {
        return -1;
    }
    f->name = file;
    f->closefd = closefd;
    if (tpInt_check(vm, file)) {
        int64_t fd;
        if (tpObj_as_index(vm, file, &fd) < 0) {
            return -1;
        }
        if (fd < 0) {
            return tpErr_raise(vm, EXC_ValueError, "negative file descriptor");
        }
        f->fd = (int)fd;
    } else {
        if (!closefd) {
            return tpErr_raise(vm, EXC_ValueError, "Cannot use closefd=False with file name");
        }
        if (open_path(vm, f, file, flags, opener) < 0) {
            return -1;
        }
    }
    struct stat st;
    if (fstat(f->fd, &st) < 0) {
        int e = errno;
        f->fd = -1;
        return tpIO_errno(vm, e);
    }
    if (S_ISDIR(st.st_mode)) {
        if (f->closefd) {
            close(f->fd);
        }
        f->fd = -1;
        return tpErr_from_errno(vm, EISDIR, file, NULL_VAL);
    }
    if (f->appending) {
        lseek(f->fd, 0, SEEK_END);
    }
    return 0;
}

static int fio_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const names[] = {"file", "mode", "closefd", "opener"};
    Value a[4];
    if (tpArg_parse_kw(vm, "FileIO", argc, argv, kwnames, 4, names, 4, a) < 0) {
        return -1;
    }
    if (IS_NULL(a[0])) {
        return tpErr_raise(vm, EXC_TypeError,
                           "FileIO() missing required argument 'file' (pos 1)");
    }
    const char *mode = "r";
    if (!IS_NULL(a[1])) {
        if (!tpObj_is(vm, a[1], TYPE_STR)) {
            return tpErr_format(vm, EXC_TypeError, "FileIO() argument 'mode' must be str, not %T",
                                a[1]);
        }
        mode = AS_STR(a[1])->data;
    }
    int closefd = 1;
    if (!IS_NULL(a[2]) && tpObj_truth(vm, a[2], &closefd) < 0) {
        return -1;
    }
    return tpFileIO_init_args(vm, FIO(self), a[0], mode, closefd != 0,
                              IS_NULL(a[3]) ? NONE_VAL : a[3]);
}

/* ==== checks ==== */

static int check_fd(VM *vm, FileIO *f) {
    return f->fd < 0 ? tpErr_raise(vm, EXC_ValueError, "I/O operation on closed file") : 0;
}

static int check_readable(VM *vm, FileIO *f) {
    if (check_fd(vm, f) < 0) {
        return -1;
    }
    return f->readable ? 0 : tpIO_unsupported(vm, "File not open for reading");
}

static int check_writable(VM *vm, FileIO *f) {
    if (check_fd(vm, f) < 0) {
        return -1;
    }
    return f->writable ? 0 : tpIO_unsupported(vm, "File not open for writing");
}

/* ==== system calls (also used by io_buffered.c) ==== */

int64_t tpFileIO_read_fd(VM *vm, FileIO *f, uint8_t *dst, size_t n) {
    for (;;) {
        ssize_t r = read(f->fd, dst, n);
        if (r >= 0 || errno != EINTR) {
            return r;
        }
        /* PEP 475: run the handlers and retry; one that raised ends the call (errno EINTR) */
        if (tpSignal_run_pending(vm) < 0) {
            errno = EINTR;
            return -1;
        }
    }
}

int64_t tpFileIO_write_fd(VM *vm, FileIO *f, const uint8_t *src, size_t n) {
    for (;;) {
        ssize_t r = write(f->fd, src, n);
        if (r >= 0 || errno != EINTR) {
            return r;
        }
        /* PEP 475: run the handlers and retry; one that raised ends the call (errno EINTR) */
        if (tpSignal_run_pending(vm) < 0) {
            errno = EINTR;
            return -1;
        }
    }
}

const char *tpFileIO_mode(FileIO *f) {
    if (f->created) {
        return f->readable ? "xb+" : "xb";
    }
    if (f->appending) {
        return f->readable ? "ab+" : "ab";
    }
    if (f->readable) {
        return f->writable ? "rb+" : "rb";
    }
    return "wb";
}

/* ==== methods ==== */

static int fio_readall(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    FileIO *f = FIO(argv[0]);
    if (check_fd(vm, f) < 0) {
        return -1;
    }
    StrBuf b;
    tpBuf_init(&b);
    uint8_t chunk[IO_DEFAULT_BUFFER_SIZE * 4];
    for (;;) {
        int64_t r = tpFileIO_read_fd(vm, f, chunk, sizeof chunk);
        if (r < 0) {
            int e = errno;
            if (e == EAGAIN && b.len > 0) {
                break;   /* non-blocking: what has arrived so far */
            }
            tpBuf_free(&b);
            if (e == EAGAIN) {
                *out = NONE_VAL;
                return 0;
            }
            return tpIO_errno(vm, e);
        }
        if (r == 0) {
            break;
        }
        if (tpBuf_put(vm, &b, (const char *)chunk, (size_t)r) < 0) {
            tpBuf_free(&b);
            return -1;
        }
    }
    ObjBytes *res = tpBytes_new(vm, b.data ? b.data : "", b.len);
    tpBuf_free(&b);
    if (res == NULL) {
        return -1;
    }
    *out = OBJ_VAL(res);
    return 0;
}

static int fio_read(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    FileIO *f = FIO(argv[0]);
    int64_t n;
    if (check_readable(vm, f) < 0 || tpIO_size_arg(vm, argc, argv, 1, &n) < 0) {
        return -1;
    }
    if (n < 0) {
        return fio_readall(vm, 1, argv, kw, out);
    }
    uint8_t *buf = malloc(n > 0 ? (size_t)n : 1);
    if (buf == NULL) {
        return tpErr_no_memory(vm);
    }
    int64_t r = tpFileIO_read_fd(vm, f, buf, (size_t)n);
    if (r < 0) {
        int e = errno;
        free(buf);
        if (e == EAGAIN) {
            *out = NONE_VAL;
            return 0;
        }
        return tpIO_errno(vm, e);
    }
    ObjBytes *res = tpBytes_new(vm, buf, (size_t)r);
    free(buf);
    if (res == NULL) {
        return -1;
    }
    *out = OBJ_VAL(res);
    return 0;
}

static int fio_readinto(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    FileIO *f = FIO(argv[0]);
    if (check_readable(vm, f) < 0) {
        return -1;
    }
    uint8_t *dst;
    size_t cap;
    if (tpIO_writable_arg(vm, argv[1], &dst, &cap) < 0) {
        return -1;
    }
    int64_t r = cap == 0 ? 0 : tpFileIO_read_fd(vm, f, dst, cap);
    if (r < 0) {
        return errno == EAGAIN ? (*out = NONE_VAL, 0) : tpIO_errno(vm, errno);
    }
    *out = INT_VAL(r);
    return 0;
}

static int fio_write(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    FileIO *f = FIO(argv[0]);
    const uint8_t *p;
    size_t n;
    if (check_writable(vm, f) < 0 || tpIO_bytes_arg(vm, argv[1], &p, &n) < 0) {
        return -1;
    }
    int64_t r = tpFileIO_write_fd(vm, f, p, n);
    if (r < 0) {
        return errno == EAGAIN ? (*out = NONE_VAL, 0) : tpIO_errno(vm, errno);
    }
    *out = INT_VAL(r);
    return 0;
}

static int fio_seek(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    FileIO *f = FIO(argv[0]);
    int64_t pos, whence = 0;
    if (check_fd(vm, f) < 0) {
        return -1;
    }
    if (tpObj_as_index(vm, argv[1], &pos) < 0 ||
        (argc > 2 && tpObj_as_index(vm, argv[2], &whence) < 0)) {
        return -1;
    }
    off_t r = lseek(f->fd, (off_t)pos, (int)whence);
    if (r < 0) {
        return tpErr_from_errno(vm, errno, NULL_VAL, NULL_VAL);
    }
    *out = tpInt_from_i64(vm, (int64_t)r);
    return IS_NULL(*out) ? -1 : 0;
}

static int fio_tell(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Value args[3] = {argv[0], INT_VAL(0), INT_VAL(1)};
    return fio_seek(vm, 3, args, kw, out);
}

static int fio_truncate(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    FileIO *f = FIO(argv[0]);
    if (check_writable(vm, f) < 0) {
        return -1;
    }
    int64_t size;
    if (argc > 1 && !IS_NONE(argv[1])) {
        if (tpObj_as_index(vm, argv[1], &size) < 0) {
            return -1;
        }
    } else {
        size = (int64_t)lseek(f->fd, 0, SEEK_CUR);
    }
    if (ftruncate(f->fd, (off_t)size) < 0) {
        return tpErr_from_errno(vm, errno, NULL_VAL, NULL_VAL);
    }
    *out = tpInt_from_i64(vm, size);
    return IS_NULL(*out) ? -1 : 0;
}

static int fio_close(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    FileIO *f = FIO(argv[0]);
    *out = NONE_VAL;
    f->b.closed = true;
    if (f->fd < 0) {
        return 0;
    }
    int fd = f->fd;
    f->fd = -1;
    if (f->closefd && close(fd) < 0 && errno != EINTR) {
        return tpErr_from_errno(vm, errno, NULL_VAL, NULL_VAL);
    }
    return 0;
}

static int fio_fileno(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    if (check_fd(vm, FIO(argv[0])) < 0) {
        return -1;
    }
    *out = INT_VAL(FIO(argv[0])->fd);
    return 0;
}

static int fio_isatty(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    if (check_fd(vm, FIO(argv[0])) < 0) {
        return -1;
    }
    *out = BOOL_VAL(isatty(FIO(argv[0])->fd));
    return 0;
}

/* readable / writable / seekable (magic 0/1/2) */
static int fio_able(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    FileIO *f = FIO(argv[0]);
    if (check_fd(vm, f) < 0) {
        return -1;
    }
    if (vm->magic == 2 && f->seekable < 0) {
        f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
    }
    *out = BOOL_VAL(vm->magic == 0 ? f->readable : vm->magic == 1 ? f->writable : f->seekable);
    return 0;
}

static int fio_repr(VM *vm, Value self, Value *out) {
    FileIO *f = FIO(self);
    if (f->fd < 0) {
        return tpStr_printf(vm, out, "<_io.FileIO [closed]>");
    }
    StrBuf b;
    tpBuf_init(&b);
    int rc = tpBuf_puts(vm, &b, "<_io.FileIO name=");
    rc = rc < 0 ? rc : tpBuf_put_repr(vm, &b, f->name);
    rc = rc < 0 ? rc : tpBuf_printf(vm, &b, " mode='%s' closefd=%s>", tpFileIO_mode(f),
                                    f->closefd ? "True" : "False");
    ObjStr *s = rc < 0 ? (tpBuf_free(&b), NULL) : tpBuf_finish(vm, &b);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int get_closed(VM *vm, Value self, Value *out) {
    *out = BOOL_VAL(FIO(self)->fd < 0);
    return 0;
}

static int get_closefd(VM *vm, Value self, Value *out) {
    *out = BOOL_VAL(FIO(self)->closefd);
    return 0;
}

static int get_mode(VM *vm, Value self, Value *out) {
    return tpStr_printf(vm, out, "%s", tpFileIO_mode(FIO(self)));
}

static int get_name(VM *vm, Value self, Value *out) {
    *out = FIO(self)->name;
    return 0;
}

static int set_name(VM *vm, Value self, Value v) {
    FIO(self)->name = IS_NULL(v) ? NONE_VAL : v;
    return 0;
}

static int get_blksize(VM *vm, Value self, Value *out) {
    struct stat st;
    int64_t bs = IO_DEFAULT_BUFFER_SIZE;
    if (FIO(self)->fd >= 0 && fstat(FIO(self)->fd, &st) == 0 && st.st_blksize > 1) {
        bs = (int64_t)st.st_blksize;
    }
    *out = INT_VAL(bs);
    return 0;
}

static const MethodDef fio_methods[] = {
    TP_METHOD("read", fio_read, 0, 1),
    TP_METHOD("readall", fio_readall, 0, 0),
    TP_METHOD("readinto", fio_readinto, 1, 1),
    TP_METHOD("write", fio_write, 1, 1),
    TP_METHOD("seek", fio_seek, 1, 2),
    TP_METHOD("tell", fio_tell, 0, 0),
    TP_METHOD("truncate", fio_truncate, 0, 1),
    TP_METHOD("close", fio_close, 0, 0),
    TP_METHOD("fileno", fio_fileno, 0, 0),
    TP_METHOD("isatty", fio_isatty, 0, 0),
    TP_METHOD_MAGIC("readable", fio_able, 0, 0, 0),
    TP_METHOD_MAGIC("writable", fio_able, 0, 0, 1),
    TP_METHOD_MAGIC("seekable", fio_able, 0, 0, 2),
    TP_METHOD_END,
};

static const GetSetDef fio_getsets[] = {
    {"closed", get_closed, NULL, NULL},
    {"closefd", get_closefd, NULL, NULL},
    {"mode", get_mode, NULL, NULL},
    {"name", get_name, set_name, NULL},
    {"_blksize", get_blksize, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpFileIO_spec = {
    .name = "_io.FileIO",
    .id = TYPE_IO_FILEIO,
    .base = TYPE_IO_RAWBASE,
    .size = sizeof(FileIO),
    .flags = TPFLAG_BASETYPE,
    .slots = {.mark = fio_mark, .free = fio_free, .new_ = fio_new, .init = fio_init,
              .repr = fio_repr},
    .methods = fio_methods,
    .getsets = fio_getsets,
};
