/*
 * io_std.c — sys.stdin / sys.stdout / sys.stderr as CPython 3.11 builds them: a TextIOWrapper
 * (utf-8, newline '\n') over a BufferedReader / BufferedWriter over FileIO(fd, closefd=False)
 * named '<stdin>' etc. (-u: stdout and stderr sit on the bare FileIO, write-through). stdout is
 * line-buffered on a terminal, stderr always. Also the paths C code writes through: text already
 * UTF-8 goes straight into the buffered layer when nothing needs encoding work.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "io_internal.h"

/* CPython's stdio error handler: surrogateescape in the C / POSIX locale and the locales it
 * coerces to (C.UTF-8...) or in UTF-8 mode, strict otherwise. stderr is always backslashreplace. */
static const char *std_errors(void) {
    const char *u = getenv("PYTHONUTF8");
    if (u != NULL && strcmp(u, "1") == 0) {
        return "surrogateescape";
    }
    const char *loc = NULL;
    static const char *const vars[] = {"LC_ALL", "LC_CTYPE", "LANG"};
    for (int i = 0; i < 3 && (loc == NULL || *loc == '\0'); i++) {
        loc = getenv(vars[i]);
    }
    if (loc == NULL || *loc == '\0' || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0 ||
        strncmp(loc, "C.", 2) == 0 || strcmp(loc, "UTF-8") == 0) {
        return "surrogateescape";
    }
    return "strict";
}

static int std_raw(VM *vm, int fd, const char *name, FileIO **out) {
    ObjType *ft = vm->types[TYPE_IO_FILEIO];
    FileIO *raw = tpGC_alloc(vm, ft, ft->size);
    if (raw == NULL) {
        return -1;
    }
    raw->fd = -1;
    raw->name = NONE_VAL;
    if (tpFileIO_init_args(vm, raw, INT_VAL(fd), fd == 0 ? "rb" : "wb", false, NONE_VAL) < 0) {
        return -1;
    }
    ObjStr *n = tpStr_from_cstr(vm, name);
    if (n == NULL) {
        return -1;
    }
    raw->name = OBJ_VAL(n);
    *out = raw;
    return 0;
}

/* One standard stream; None when the descriptor is not open (as CPython). */
static int std_stream(VM *vm, int fd, bool unbuffered, Value *out) {
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    *out = NONE_VAL;
    if (fcntl(fd, F_GETFD) < 0) {
        return 0;
    }
    FileIO *raw;
    if (std_raw(vm, fd, names[fd], &raw) < 0) {
        return -1;
    }
    Value buffer = OBJ_VAL(raw);
    if (fd == 0 || !unbuffered) {
        ObjType *bt = vm->types[fd == 0 ? TYPE_IO_BUFREADER : TYPE_IO_BUFWRITER];
        Buffered *b = tpGC_alloc(vm, bt, bt->size);
        if (b == NULL) {
            return -1;
        }
        b->raw = NONE_VAL;
        if (tpBuffered_setup(vm, b, buffer, IO_DEFAULT_BUFFER_SIZE) < 0) {
            return -1;
        }
        buffer = OBJ_VAL(b);
    }
    ObjType *tt = vm->types[TYPE_IO_TEXTWRAPPER];
    TextIO *t = tpGC_alloc(vm, tt, tt->size);
    ObjStr *enc = tpStr_intern_cstr(vm, "utf-8");
    ObjStr *err = tpStr_intern_cstr(vm, fd == 2 ? "backslashreplace" : std_errors());
    ObjStr *nl = tpStr_intern_cstr(vm, "\n");
    ObjStr *mode = tpStr_intern_cstr(vm, fd == 0 ? "r" : "w");
    if (t == NULL || enc == NULL || err == NULL || nl == NULL || mode == NULL) {
        return -1;
    }
    t->buffer = t->newline = NONE_VAL;
    t->mode = NULL_VAL;
    bool line_buffering = !unbuffered && fd != 0 && (fd == 2 || isatty(fd));
    if (tpTextIOW_setup(vm, t, buffer, OBJ_VAL(enc), OBJ_VAL(err), OBJ_VAL(nl), line_buffering,
                        unbuffered && fd != 0) < 0) {
        return -1;
    }
    t->mode = OBJ_VAL(mode);
    /* left open at exit (the finalisers of what is left may still print) and flushed last */
    tpGC_skip_exit_finalizer(vm, (Obj *)t, true);
    tpGC_skip_exit_finalizer(vm, AS_OBJ(buffer), true);
    *out = OBJ_VAL(t);
    return 0;
}

int tpIO_std_streams(VM *vm, bool unbuffered, Value out[3]) {
    /* type(sys.stdout) shows '_io.TextIOWrapper' before _io is imported */
    static const int types[] = {TYPE_IO_FILEIO, TYPE_IO_BUFREADER, TYPE_IO_BUFWRITER,
                                TYPE_IO_TEXTWRAPPER};
    for (size_t i = 0; i < TP_ARRAY_LEN(types); i++) {
        if (tpIO_set_module(vm, vm->types[types[i]]) < 0) {
            return -1;
        }
    }
    for (int fd = 0; fd < 3; fd++) {
        if (std_stream(vm, fd, unbuffered, &out[fd]) < 0) {
            return -1;
        }
    }
    return 0;
}

bool tpIO_is_text(VM *vm, Value v) {
    return IS_OBJ_TYPE(v, vm->types[TYPE_IO_TEXTWRAPPER]);
}

int tpTextIO_write_raw(VM *vm, Value stream, const char *s, size_t n) {
    if (tpIO_is_text(vm, stream)) {
        int rc = tpTextIOW_write_utf8(vm, (TextIO *)AS_OBJ(stream), s, n);
        if (rc <= 0) {
            return rc;   /* the fast path took it (or failed) */
        }
    }
    ObjStr *str = tpStr_decode_utf8(vm, s, n, "surrogatepass");
    if (str == NULL) {
        return -1;
    }
    Value arg = OBJ_VAL(str), r;
    return tpObj_call_method(vm, stream, vm->names[NAME_write], 1, &arg, &r);
}

void tpTextIO_flush_value(VM *vm, Value stream) {
    if (IS_NULL(stream) || IS_NONE(stream)) {
        return;
    }
    Value saved = vm->exc;
    vm->exc = NULL_VAL;
    Value r;
    if (tpIO_call(vm, stream, "flush", 0, NULL, &r) < 0) {  /* no lookup on a TextIOWrapper */
        tpErr_clear(vm);
    }
    vm->exc = saved;
}
