/*
 * mod_io.c — the `_io` module: its classes, io.UnsupportedOperation (an OSError and a
 * ValueError, created here as a class), DEFAULT_BUFFER_SIZE, and open(), which checks the mode
 * and stacks FileIO, a buffered layer and TextIOWrapper as CPython's io.open does. open() is
 * also the builtin.
 */
#include <sys/stat.h>
#include <unistd.h>

#include "io_internal.h"

TP_INTERNAL int tpIO_module_init(VM *vm, Value *out);

/* ==== open() ==== */

typedef struct OpenMode {
    bool creating, reading, writing, appending, updating, text, binary;
    char raw[8];
} OpenMode;

static int parse_open_mode(VM *vm, Value modev, OpenMode *m) {
    const char *mode = AS_STR(modev)->data;
    memset(m, 0, sizeof *m);
    bool seen[128] = {false};
    for (const char *p = mode; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 128 || !strchr("axrwb+t", c) || seen[c]) {
            return tpErr_format(vm, EXC_ValueError, "invalid mode: %R", modev);
        }
        seen[c] = true;
    }
    m->creating = seen['x'];
    m->reading = seen['r'];
    m->writing = seen['w'];
    m->appending = seen['a'];
    m->updating = seen['+'];
    m->text = seen['t'];
    m->binary = seen['b'];
    if (m->text && m->binary) {
        return tpErr_raise(vm, EXC_ValueError, "can't have text and binary mode at once");
    }
    if (m->creating + m->reading + m->writing + m->appending > 1) {   /* none: FileIO says */
        return tpErr_raise(vm, EXC_ValueError,
                           "must have exactly one of create/read/write/append mode");
    }
    snprintf(m->raw, sizeof m->raw, "%s%s%s%s%s", m->creating ? "x" : "", m->reading ? "r" : "",
             m->writing ? "w" : "", m->appending ? "a" : "", m->updating ? "+" : "");
    return 0;
}

static int check_str_arg(VM *vm, Value v, const char *name) {
    if (!IS_NULL(v) && !IS_NONE(v) && !tpObj_is(vm, v, TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "open() argument '%s' must be str or None, not %T",
                            name, v);
    }
    return 0;
}

static int check_binary_args(VM *vm, const OpenMode *m, Value *a) {
    if (!m->binary) {
        return 0;
    }
    if (!IS_NULL(a[3]) && !IS_NONE(a[3])) {
        return tpErr_raise(vm, EXC_ValueError, "binary mode doesn't take an encoding argument");
    }
    if (!IS_NULL(a[4]) && !IS_NONE(a[4])) {
        return tpErr_raise(vm, EXC_ValueError, "binary mode doesn't take an errors argument");
    }
    if (!IS_NULL(a[5]) && !IS_NONE(a[5])) {
        return tpErr_raise(vm, EXC_ValueError, "binary mode doesn't take a newline argument");
    }
    return 0;
}

static int check_file_arg(VM *vm, Value file) {
    if (tpObj_is(vm, file, TYPE_STR) || tpObj_is(vm, file, TYPE_BYTES) || tpInt_check(vm, file)) {
        return 0;
    }
    ObjStr *n = tpStr_intern_cstr(vm, "__fspath__");
    if (n == NULL) {
        return -1;
    }
    if (!IS_NULL(tpType_lookup(vm, tpType_of(vm, file), n))) {   /* on the type, as os.fspath */
        return 0;
    }
    return tpErr_format(vm, EXC_TypeError, "expected str, bytes or os.PathLike object, not %T",
                        file);
}

static void close_quietly(VM *vm, Value obj) {
    Value exc = tpErr_fetch(vm), r;
    if (tpIO_call(vm, obj, "close", 0, NULL, &r) < 0) {
        tpErr_clear(vm);
    }
    vm->exc = exc;
}

/* The layers above an open FileIO; closes it on failure. */
static int stack_layers(VM *vm, FileIO *raw, const OpenMode *m, int64_t buffering, Value *a,
                        Value *out) {
    Value rawv = OBJ_VAL(raw);
    bool line_buffering = buffering == 1 || (buffering < 0 && isatty(raw->fd));
    if (buffering == 1 || buffering < 0) {
        struct stat st;
        buffering = IO_DEFAULT_BUFFER_SIZE;
        if (fstat(raw->fd, &st) == 0 && st.st_blksize > 1) {
            buffering = (int64_t)st.st_blksize;
        }
    }
    if (buffering == 0) {
        if (m->binary) {
            *out = rawv;
            return 0;
        }
        return tpErr_raise(vm, EXC_ValueError, "can't have unbuffered text I/O");
    }
    int tid = m->updating ? TYPE_IO_BUFRANDOM : m->reading ? TYPE_IO_BUFREADER : TYPE_IO_BUFWRITER;
    ObjType *bt = vm->types[tid];
    Buffered *b = tpGC_alloc(vm, bt, bt->size);
    if (b == NULL) {
        return -1;
    }
    b->raw = NONE_VAL;
    if (tpBuffered_setup(vm, b, rawv, buffering) < 0) {
        return -1;
    }
    if (m->binary) {
        *out = OBJ_VAL(b);
        return 0;
    }
    ObjType *tt = vm->types[TYPE_IO_TEXTWRAPPER];
    TextIO *t = tpGC_alloc(vm, tt, tt->size);
    if (t == NULL) {
        return -1;
    }
    t->buffer = t->newline = NONE_VAL;
    t->mode = NULL_VAL;
    if (tpTextIOW_setup(vm, t, OBJ_VAL(b), a[3], a[4], a[5], line_buffering, false) < 0) {
        return -1;
    }
    t->mode = IS_NULL(a[1]) ? OBJ_VAL(tpStr_intern_cstr(vm, "r")) : a[1];
    *out = OBJ_VAL(t);
    return 0;
}

int tpIO_open(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding",
                                        "errors", "newline", "closefd", "opener"};
    Value a[8], mod;
    ObjStr *modname = tpStr_intern_cstr(vm, "_io");   /* UnsupportedOperation, __module__ */
    if (modname == NULL || tpImport(vm, modname, NULL_VAL, NULL_VAL, 0, &mod) < 0 ||
        tpArg_parse_kw(vm, "open", argc, argv, kwnames, 8, names, 8, a) < 0) {
        return -1;
    }
    if (IS_NULL(a[0])) {
        return tpErr_raise(vm, EXC_TypeError, "open() missing required argument 'file' (pos 1)");
    }
    if (!IS_NULL(a[1]) && !tpObj_is(vm, a[1], TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "open() argument 'mode' must be str, not %T", a[1]);
    }
    int64_t buffering = -1;
    int closefd = 1;
    if ((!IS_NULL(a[2]) && tpObj_as_index(vm, a[2], &buffering) < 0) ||
        check_str_arg(vm, a[3], "encoding") < 0 || check_str_arg(vm, a[4], "errors") < 0 ||
        check_str_arg(vm, a[5], "newline") < 0 || check_file_arg(vm, a[0]) < 0 ||
        (!IS_NULL(a[6]) && tpObj_truth(vm, a[6], &closefd) < 0)) {
        return -1;
    }
    OpenMode m;
    Value modev = IS_NULL(a[1]) ? OBJ_VAL(tpStr_intern_cstr(vm, "r")) : a[1];
    if (parse_open_mode(vm, modev, &m) < 0 || check_binary_args(vm, &m, a) < 0) {
        return -1;
    }
    if (tpBuffered_collect_worthwhile()) {
        /* CPython has closed (and flushed) every file whose last reference went away, so a
         * program may now open what it wrote through `open(p, 'w').write(s)`: find those */
        tpGC_collect(vm);
        tpGC_run_finalizers(vm);
    }
    ObjType *ft = vm->types[TYPE_IO_FILEIO];
    FileIO *raw = tpGC_alloc(vm, ft, ft->size);
    if (raw == NULL) {
        return -1;
    }
    raw->fd = -1;
    raw->name = NONE_VAL;
    if (tpFileIO_init_args(vm, raw, a[0], m.raw, closefd != 0,
                           IS_NULL(a[7]) ? NONE_VAL : a[7]) < 0) {
        return -1;
    }
    if (stack_layers(vm, raw, &m, buffering, a, out) < 0) {
        close_quietly(vm, OBJ_VAL(raw));
        return -1;
    }
    return 0;
}

/* ==== the module ==== */

static int make_unsupported(VM *vm, ObjModule *m) {
    ObjStr *name = tpStr_intern_cstr(vm, "UnsupportedOperation");
    ObjTuple *bases = tpTuple_pack(vm, 2, OBJ_VAL(vm->exc_types[EXC_OSError]),
                                   OBJ_VAL(vm->exc_types[EXC_ValueError]));
    ObjDict *ns = tpDict_new(vm);
    ObjStr *modname = tpStr_intern_cstr(vm, "io");
    Value cls;
    if (name == NULL || bases == NULL || ns == NULL || modname == NULL ||
        tpDict_set_str(vm, ns, vm->names[NAME___module__], OBJ_VAL(modname)) < 0 ||
        tpType_new_class(vm, vm->types[TYPE_TYPE], name, bases, ns, NULL, NULL, &cls) < 0) {
        return -1;
    }
    return tpDict_set_str(vm, m->dict, name, cls);
}

static const MethodDef io_functions[] = {
    TP_METHOD_KW("open", tpIO_open, 0, -1),
    TP_METHOD_END,
};

int tpIO_module_init(VM *vm, Value *out) {
    static const int types[] = {TYPE_IO_BASE, TYPE_IO_RAWBASE, TYPE_IO_BUFBASE,
                                TYPE_IO_TEXTBASE, TYPE_IO_FILEIO, TYPE_IO_BUFREADER,
                                TYPE_IO_BUFWRITER, TYPE_IO_BUFRANDOM, TYPE_IO_TEXTWRAPPER,
                                TYPE_IO_STRINGIO, TYPE_IO_BYTESIO};
    ObjStr *name = tpStr_intern_cstr(vm, "_io");
    ObjModule *m = name == NULL ? NULL : tpModule_new(vm, name);
    if (m == NULL) {
        return -1;
    }
    tpModule_set_builtin(m);
    /* the builtin open() is this module's open(), one object as in CPython */
    ObjStr *oname = tpStr_intern_cstr(vm, "open");
    Value bopen = oname == NULL || vm->builtins == NULL ? NULL_VAL
                                                        : tpDict_get_str(vm, vm->builtins, oname);
    if (!IS_NULL(bopen) && tpDict_set_str(vm, m->dict, oname, bopen) < 0) {
        return -1;
    }
    if ((IS_NULL(bopen) && tpModule_add_functions(vm, m, io_functions) < 0) ||
        make_unsupported(vm, m) < 0 ||
        tpDict_set_cstr(vm, m->dict, "DEFAULT_BUFFER_SIZE", INT_VAL(IO_DEFAULT_BUFFER_SIZE)) < 0 ||
        tpDict_set_cstr(vm, m->dict, "BlockingIOError",
                        OBJ_VAL(vm->exc_types[EXC_BlockingIOError])) < 0) {
        return -1;
    }
    for (size_t i = 0; i < TP_ARRAY_LEN(types); i++) {
        ObjType *t = vm->types[types[i]];
        if (tpIO_set_module(vm, t) < 0 || tpDict_set_str(vm, m->dict, t->qualname, OBJ_VAL(t)) < 0) {
            return -1;
        }
    }
    *out = OBJ_VAL(m);
    return 0;
}
