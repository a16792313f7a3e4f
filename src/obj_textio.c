/*
 * obj_textio.c — a minimal text stream over a C FILE* (sys.stdin/stdout/stderr until a real _io
 * module exists). Text is UTF-8 inside and outside, so writing is a plain fwrite; buffering is
 * stdio's (stdout fully buffered when not a terminal, stderr unbuffered). hdr.flags records the
 * mode (readable / writable).
 */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "interp.h"
#include "signals.h"

enum { TIO_READ = 1, TIO_WRITE = 2 };

#define TIO(v) ((ObjTextIO *)AS_OBJ(v))

Value tpTextIO_new(VM *vm, FILE *fp, const char *name, int fd) {
    ObjStr *n = tpStr_from_cstr(vm, name);
    if (n == NULL) {
        return NULL_VAL;
    }
    ObjTextIO *t = tpGC_alloc(vm, vm->types[TYPE_TEXTIO], sizeof(ObjTextIO));
    if (t == NULL) {
        return NULL_VAL;
    }
    t->fp = fp;
    t->name = n;
    t->fd = fd;
    t->closed = false;
    t->hdr.flags = fd == 0 ? TIO_READ : TIO_WRITE;
    return OBJ_VAL(t);
}

static void tio_mark(VM *vm, Obj *o) { tpGC_mark_obj(vm, (Obj *)((ObjTextIO *)o)->name); }

static void tio_free(VM *vm, Obj *o) {
    (void)vm;
    ObjTextIO *t = (ObjTextIO *)o;
    if (!t->closed && t->fp != NULL) {
        if (t->fd > 2) {
            fclose(t->fp);
        } else {
            fflush(t->fp);
        }
    }
}

static int check_open(VM *vm, ObjTextIO *t) {
    if (t->closed) {
        return tpErr_raise(vm, EXC_ValueError, "I/O operation on closed file.");
    }
    return 0;
}

static int unsupported(VM *vm, const char *what) {
    /* io.UnsupportedOperation derives from OSError and ValueError; OSError is the closest we have */
    return tpErr_raise(vm, EXC_OSError, what);
}

static int os_error(VM *vm) {
    Value args[2] = {INT_VAL(errno), NULL_VAL};
    ObjStr *s = tpStr_from_cstr(vm, strerror(errno));
    if (s == NULL) {
        return -1;
    }
    args[1] = OBJ_VAL(s);
    return tpErr_set_args(vm, vm->exc_types[EXC_OSError], 2, args);
}

static int tio_write(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    ObjTextIO *t = TIO(argv[0]);
    Value s = argv[1];
    if (!tpObj_is(vm, s, TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "write() argument must be str, not %T", s);
    }
    if (check_open(vm, t) < 0) {
        return -1;
    }
    if (!(t->hdr.flags & TIO_WRITE)) {
        return unsupported(vm, "not writable");
    }
    ObjStr *str = AS_STR(s);
    if (str->nbytes > 0 && fwrite(str->data, 1, str->nbytes, t->fp) != str->nbytes) {
        return os_error(vm);
    }
    return (*out = tpInt_from_i64(vm, (int64_t)str->len), IS_NULL(*out) ? -1 : 0);
}

static int tio_flush(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    ObjTextIO *t = TIO(argv[0]);
    if (check_open(vm, t) < 0) {
        return -1;
    }
    if ((t->hdr.flags & TIO_WRITE) && fflush(t->fp) != 0 && errno != EBADF) {
        return os_error(vm);
    }
    *out = NONE_VAL;
    return 0;
}

/* Read one line (including '\n'), at most `limit` characters if limit >= 0. "" at EOF. */
static int read_line(VM *vm, ObjTextIO *t, int64_t limit, Value *out) {
    if (check_open(vm, t) < 0) {
        return -1;
    }
    if (!(t->hdr.flags & TIO_READ)) {
        return unsupported(vm, "not readable");
    }
    tpSys_flush_std(vm);
    StrBuf b;
    tpBuf_init(&b);
    int64_t nchars = 0;
    int c = 0;
    while ((limit < 0 || nchars < limit) && (c = tpSignal_getc(vm, t->fp)) >= 0) {
        if (tpBuf_putc(vm, &b, (char)c) < 0) {
            tpBuf_free(&b);
            return -1;
        }
        if ((c & 0xC0) != 0x80) {
            nchars++;
        }
        if (c == '\n') {
            break;
        }
    }
    if (c == -2) { /* a signal handler raised (Ctrl-C while blocked) */
        tpBuf_free(&b);
        return -1;
    }
    ObjStr *s = tpStr_decode_utf8(vm, b.data ? b.data : "", b.len, "strict");
    tpBuf_free(&b);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int tio_readline(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)kwnames;
    int64_t limit = -1;
    if (argc > 1 && !IS_NONE(argv[1]) && tpObj_as_index(vm, argv[1], &limit) < 0) {
        return -1;
    }
    return read_line(vm, TIO(argv[0]), limit, out);
}

static int tio_read(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)kwnames;
    ObjTextIO *t = TIO(argv[0]);
    int64_t limit = -1;
    if (argc > 1 && !IS_NONE(argv[1]) && tpObj_as_index(vm, argv[1], &limit) < 0) {
        return -1;
    }
    if (check_open(vm, t) < 0) {
        return -1;
    }
    if (!(t->hdr.flags & TIO_READ)) {
        return unsupported(vm, "not readable");
    }
    tpSys_flush_std(vm);
    StrBuf b;
    tpBuf_init(&b);
    int64_t nchars = 0;
    int c = 0;
    while ((limit < 0 || nchars < limit) && (c = tpSignal_getc(vm, t->fp)) >= 0) {
        if (tpBuf_putc(vm, &b, (char)c) < 0) {
            tpBuf_free(&b);
            return -1;
        }
        if ((c & 0xC0) != 0x80) {
            nchars++;
        }
    }
    if (c == -2) { /* a signal handler raised (Ctrl-C while blocked) */
        tpBuf_free(&b);
        return -1;
    }
    ObjStr *s = tpStr_decode_utf8(vm, b.data ? b.data : "", b.len, "strict");
    tpBuf_free(&b);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int tio_readlines(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    ObjList *l = tpList_new(vm, 0);
    if (l == NULL) {
        return -1;
    }
    for (;;) {
        Value line;
        if (read_line(vm, TIO(argv[0]), -1, &line) < 0) {
            return -1;
        }
        if (AS_STR(line)->len == 0) {
            break;
        }
        if (tpList_append(vm, l, line) < 0) {
            return -1;
        }
    }
    *out = OBJ_VAL(l);
    return 0;
}

static int tio_iternext(VM *vm, Value self, Value *out) {
    if (read_line(vm, TIO(self), -1, out) < 0) {
        return -1;
    }
    return AS_STR(*out)->len == 0 ? 1 : 0;
}

static int tio_iter(VM *vm, Value self, Value *out) {
    if (check_open(vm, TIO(self)) < 0) {
        return -1;
    }
    *out = self;
    return 0;
}

static int tio_close(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    ObjTextIO *t = TIO(argv[0]);
    if (!t->closed) {
        fflush(t->fp);
        if (t->fd > 2) {
            fclose(t->fp);
        }
        t->closed = true;
    }
    (void)vm;
    *out = NONE_VAL;
    return 0;
}

static int tio_fileno(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    if (check_open(vm, TIO(argv[0])) < 0) {
        return -1;
    }
    *out = INT_VAL(TIO(argv[0])->fd);
    return 0;
}

static int tio_isatty(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    if (check_open(vm, TIO(argv[0])) < 0) {
        return -1;
    }
    *out = BOOL_VAL(isatty(TIO(argv[0])->fd));
    return 0;
}

/* readable / writable / seekable (magic 0/1/2) */
static int tio_able(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    ObjTextIO *t = TIO(argv[0]);
    if (check_open(vm, t) < 0) {
        return -1;
    }
    int m = vm->magic;
    *out = BOOL_VAL(m == 0 ? (t->hdr.flags & TIO_READ) != 0
                    : m == 1 ? (t->hdr.flags & TIO_WRITE) != 0
                             : false);
    return 0;
}

static int tio_enter(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)kwnames;
    if (check_open(vm, TIO(argv[0])) < 0) {
        return -1;
    }
    *out = argv[0];
    return 0;
}

static int tio_exit(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    return tio_close(vm, 1, argv, kwnames, out);
}

static int tio_repr(VM *vm, Value self, Value *out) {
    ObjTextIO *t = TIO(self);
    StrBuf b;
    tpBuf_init(&b);
    int rc = tpBuf_puts(vm, &b, "<_io.TextIOWrapper name=");
    rc = rc < 0 ? rc : tpBuf_put_repr(vm, &b, OBJ_VAL(t->name));
    rc = rc < 0 ? rc
                : tpBuf_printf(vm, &b, " mode='%s' encoding='utf-8'>",
                               (t->hdr.flags & TIO_READ) ? "r" : "w");
    if (rc < 0) {
        tpBuf_free(&b);
        return -1;
    }
    ObjStr *s = tpBuf_finish(vm, &b);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int get_name(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = OBJ_VAL(TIO(self)->name);
    return 0;
}

static int get_closed(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = BOOL_VAL(TIO(self)->closed);
    return 0;
}

static int get_cstr(VM *vm, const char *s, Value *out) {
    ObjStr *o = tpStr_intern_cstr(vm, s);
    if (o == NULL) {
        return -1;
    }
    *out = OBJ_VAL(o);
    return 0;
}

static int get_encoding(VM *vm, Value self, Value *out) {
    (void)self;
    return get_cstr(vm, "utf-8", out);
}

static int get_errors(VM *vm, Value self, Value *out) {
    return get_cstr(vm, TIO(self)->fd == 2 ? "backslashreplace" : "strict", out);
}

static int get_mode(VM *vm, Value self, Value *out) {
    return get_cstr(vm, (TIO(self)->hdr.flags & TIO_READ) ? "r" : "w", out);
}

static int get_line_buffering(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = BOOL_VAL(isatty(TIO(self)->fd) || TIO(self)->fd == 2);
    return 0;
}

void tpTextIO_flush_value(VM *vm, Value stream) {
    if (IS_NULL(stream) || IS_NONE(stream)) {
        return;
    }
    if (IS_OBJ_TYPE(stream, vm->types[TYPE_TEXTIO])) {
        ObjTextIO *t = TIO(stream);
        if (!t->closed && t->fp != NULL) {
            fflush(t->fp);
        }
        return;
    }
    Value saved = vm->exc;
    vm->exc = NULL_VAL;
    Value r;
    if (tpObj_call_method(vm, stream, vm->names[NAME_flush], 0, NULL, &r) < 0) {
        tpErr_clear(vm);
    }
    vm->exc = saved;
}

int tpTextIO_write_raw(VM *vm, Value stream, const char *s, size_t n) {
    ObjTextIO *t = TIO(stream);
    if (check_open(vm, t) < 0) {
        return -1;
    }
    if (!(t->hdr.flags & TIO_WRITE)) {
        return unsupported(vm, "not writable");
    }
    if (n > 0 && fwrite(s, 1, n, t->fp) != n) {
        return os_error(vm);
    }
    return 0;
}

static const MethodDef tio_methods[] = {
    TP_METHOD("write", tio_write, 1, 1),
    TP_METHOD("flush", tio_flush, 0, 0),
    TP_METHOD("readline", tio_readline, 0, 1),
    TP_METHOD("read", tio_read, 0, 1),
    TP_METHOD("readlines", tio_readlines, 0, 1),
    TP_METHOD("close", tio_close, 0, 0),
    TP_METHOD("fileno", tio_fileno, 0, 0),
    TP_METHOD("isatty", tio_isatty, 0, 0),
    TP_METHOD_MAGIC("readable", tio_able, 0, 0, 0),
    TP_METHOD_MAGIC("writable", tio_able, 0, 0, 1),
    TP_METHOD_MAGIC("seekable", tio_able, 0, 0, 2),
    TP_METHOD("__enter__", tio_enter, 0, 0),
    TP_METHOD("__exit__", tio_exit, 0, -1),
    TP_METHOD_END,
};

static const GetSetDef tio_getsets[] = {
    {"name", get_name, NULL, NULL},
    {"closed", get_closed, NULL, NULL},
    {"encoding", get_encoding, NULL, NULL},
    {"errors", get_errors, NULL, NULL},
    {"mode", get_mode, NULL, NULL},
    {"line_buffering", get_line_buffering, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpTextIO_spec = {
    .name = "TextIOWrapper",
    .id = TYPE_TEXTIO,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjTextIO),
    .slots = {.mark = tio_mark,
              .free = tio_free,
              .repr = tio_repr,
              .iter = tio_iter,
              .next = tio_iternext},
    .methods = tio_methods,
    .getsets = tio_getsets,
};
