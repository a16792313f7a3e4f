/*
 * io_base.c — the abstract layers of `_io`: _IOBase (close/closed/flush, context manager, line
 * iteration, readline/readlines/writelines built on the methods a subclass provides),
 * _RawIOBase (read/readall on top of readinto), _BufferedIOBase and _TextIOBase (stubs raising
 * UnsupportedOperation), plus the helpers every io file shares.
 */
#include "io_internal.h"
#include "type_cache.h"

#define IOB(v) ((IOBase *)AS_OBJ(v))

/* ==== shared helpers ==== */

int tpIO_unsupported(VM *vm, const char *msg) {
    ObjStr *name = tpStr_intern_cstr(vm, "_io");
    Value mod, cls;
    if (name == NULL || tpImport(vm, name, NULL_VAL, NULL_VAL, 0, &mod) < 0) {
        return -1;
    }
    ObjStr *attr = tpStr_intern_cstr(vm, "UnsupportedOperation");
    if (attr == NULL || tpObj_getattr(vm, mod, attr, &cls) < 0) {
        return -1;
    }
    ObjStr *m = tpStr_from_cstr(vm, msg);
    if (m == NULL) {
        return -1;
    }
    Value arg = OBJ_VAL(m), exc;
    if (tpObj_call(vm, cls, 1, &arg, NULL, &exc) < 0) {
        return -1;
    }
    return tpErr_set(vm, exc);
}

int tpIO_closed_error(VM *vm) {
    return tpErr_raise(vm, EXC_ValueError, "I/O operation on closed file.");
}

int tpIO_bytes_arg(VM *vm, Value v, const uint8_t **p, size_t *n) {
    if (tpObj_is(vm, v, TYPE_BYTES)) {
        *p = AS_BYTES(v)->data;
        *n = AS_BYTES(v)->len;
        return 0;
    }
    if (tpObj_is(vm, v, TYPE_BYTEARRAY)) {
        ObjByteArray *ba = (ObjByteArray *)AS_OBJ(v);
        *p = ba->data ? ba->data : (const uint8_t *)"";
        *n = ba->len;
        return 0;
    }
    if (IS_OBJ_TYPE(v, vm->types[TYPE_MEMORYVIEW])) {
        if (tpMemoryView_view(vm, v, p, n)) {
            return 0;
        }
        return tpBuffer_error(vm, v);
    }
    return tpErr_format(vm, EXC_TypeError, "a bytes-like object is required, not '%T'", v);
}

int tpIO_writable_arg(VM *vm, Value v, uint8_t **p, size_t *n) {
    int rc = tpBuffer_writable(vm, v, p, n);
    if (rc == 0) {
        return tpErr_format(vm, EXC_TypeError,
                            "readinto() argument must be read-write bytes-like object, not %T", v);
    }
    return rc < 0 ? -1 : 0;
}

int tpIO_size_arg(VM *vm, int argc, Value *argv, int i, int64_t *out) {
    *out = -1;
    if (i >= argc || IS_NONE(argv[i])) {
        return 0;
    }
    if (!tpInt_check(vm, argv[i]) && tpType_of(vm, argv[i])->sl.index == NULL) {
        return tpErr_format(vm, EXC_TypeError, "argument should be integer or None, not '%T'",
                            argv[i]);
    }
    return tpObj_as_index(vm, argv[i], out);
}

/* What a lookup of the plain (non-underscore) name `name` on an exact built-in _io object
 * finds, read from the specs along its MRO: 1 and the method, 0 when there is no such attribute
 * at all, -1 when that cannot be told this way (an instance attribute, a getset, a subclass, a
 * custom getattr). The dict of a built-in type holds exactly its
 * spec's entries for such names. Setting up sys.stdin/stdout/stderr asks the objects
 * readable()/writable()/read1 at every start-up, and a lookup would fill their types' dicts. */
int tpIO_spec_lookup(VM *vm, Value self, const char *name, const MethodDef **out) {
    *out = NULL;
    if (!IS_OBJ(self) || name[0] == '_') {
        return -1;
    }
    ObjType *t = AS_OBJ(self)->type;
    if (t->id < 0 || t->id >= TYPE__COUNT || vm->types[t->id] != t || t->mro == NULL ||
        t->sl.getattr != NULL) {
        return -1;
    }
    ObjDict **slot = tpObj_dict_slot(vm, AS_OBJ(self));
    if (slot != NULL && *slot != NULL && (*slot)->len != 0) {
        return -1;
    }
    for (size_t i = 0; i < t->mro->len; i++) {
        const TypeSpec *spec = AS_TYPE(t->mro->items[i])->spec;
        for (const GetSetDef *g = spec->getsets; g != NULL && g->name != NULL; g++) {
            if (strcmp(g->name, name) == 0) {
                return -1;
            }
        }
        for (const MethodDef *m = spec->methods; m != NULL && m->name != NULL; m++) {
            if (strcmp(m->name, name) == 0) {
                *out = (m->flags & (METH_STATIC | METH_CLASS)) ? NULL : m;
                return *out != NULL ? 1 : -1;
            }
        }
    }
    return 0;
}

const MethodDef *tpIO_spec_method(VM *vm, Value self, const char *name) {
    const MethodDef *m;
    return tpIO_spec_lookup(vm, self, name, &m) == 1 ? m : NULL;
}

int tpIO_call(VM *vm, Value self, const char *name, int argc, Value *argv, Value *out) {
    const MethodDef *m = argc < 4 ? tpIO_spec_method(vm, self, name) : NULL;
    if (m != NULL && argc >= m->min_args && (m->max_args < 0 || argc <= m->max_args)) {
        Value args[4] = {self};
        for (int i = 0; i < argc; i++) {
            args[i + 1] = argv[i];
        }
        int saved = vm->magic;
        vm->magic = m->magic;
        int r = m->fn(vm, argc + 1, args, NULL, out);
        vm->magic = saved;
        return r;
    }
    ObjStr *n = tpStr_intern_cstr(vm, name);
    if (n == NULL) {
        return -1;
    }
    return tpObj_call_method(vm, self, n, argc, argv, out);
}

int tpIO_is_closed(VM *vm, Value self, bool *out) {
    if (tpBuffered_check(vm, self)) {   /* every print() asks this of sys.stdout's buffer */
        Buffered *b = (Buffered *)AS_OBJ(self);
        if (b->ok && b->fast) {
            *out = ((FileIO *)AS_OBJ(b->raw))->fd < 0;
            return 0;
        }
    }
    if (IS_OBJ_TYPE(self, vm->types[TYPE_IO_TEXTWRAPPER]) && ((TextIO *)AS_OBJ(self))->ok) {
        /* sys.stdout itself (the exit flush asks): what its `closed` getset answers */
        return tpIO_is_closed(vm, ((TextIO *)AS_OBJ(self))->buffer, out);
    }
    if (IS_OBJ_TYPE(self, vm->types[TYPE_IO_FILEIO])) {  /* -u: sys.stdout's buffer is one */
        *out = ((FileIO *)AS_OBJ(self))->fd < 0;  /* what its `closed` getset answers */
        return 0;
    }
    ObjStr *n = tpStr_intern_cstr(vm, "closed");
    Value v;
    int t;
    if (n == NULL || tpObj_getattr(vm, self, n, &v) < 0 || tpObj_truth(vm, v, &t) < 0) {
        return -1;
    }
    *out = t != 0;
    return 0;
}

void tpIO_finalize_close(VM *vm, Value self) {
    IOBase *b = IOB(self);
    if (b->finalizing) {
        return;
    }
    b->finalizing = true;
    bool closed = false;
    Value r;
    if (tpIO_is_closed(vm, self, &closed) < 0) {
        tpErr_clear(vm);
        return;
    }
    if (!closed && tpIO_call(vm, self, "close", 0, NULL, &r) < 0) {
        /* dropped silently, as CPython does outside its development mode: its finaliser would
         * rather lose the error than print spurious tracebacks at shutdown */
        tpErr_clear(vm);
    }
}

int tpIO_set_module(VM *vm, ObjType *t) {
    ObjStr *m = tpStr_intern_cstr(vm, "_io");  /* first: tpType_stored_module relies on it */
    if (m != NULL && t->dict == NULL && (t->flags & TPFLAG_DICT_PENDING)) {
        t->flags |= TPFLAG_MODULE_IO;  /* added when the dict is filled, after the spec's */
        return 0;
    }
    return m == NULL ? -1 : tpDict_set_str(vm, t->dict, vm->names[NAME___module__], OBJ_VAL(m));
}

/* ==== _IOBase ==== */

static int check_open(VM *vm, Value self) {
    bool closed;
    if (tpIO_is_closed(vm, self, &closed) < 0) {
        return -1;
    }
    return closed ? tpIO_closed_error(vm) : 0;
}

int tpIO_enter(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    if (check_open(vm, argv[0]) < 0) {
        return -1;
    }
    *out = argv[0];
    return 0;
}

int tpIO_exit(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return tpIO_call(vm, argv[0], "close", 0, NULL, out);
}

int tpIO_del(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    tpIO_finalize_close(vm, argv[0]);
    *out = NONE_VAL;
    return 0;
}

int tpIO_iter_slot(VM *vm, Value self, Value *out) {
    if (check_open(vm, self) < 0) {
        return -1;
    }
    *out = self;
    return 0;
}

static int iob_next(VM *vm, Value self, Value *out) {
    if (tpIO_call(vm, self, "readline", 0, NULL, out) < 0) {
        return -1;
    }
    int64_t n;
    if (tpObj_len(vm, *out, &n) < 0) {
        return -1;
    }
    return n == 0 ? 1 : 0;
}

int tpIO_readlines(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t hint;
    if (tpIO_size_arg(vm, argc, argv, 1, &hint) < 0) {
        return -1;
    }
    ObjList *l = tpList_new(vm, 0);
    Value it;
    if (l == NULL || tpObj_iter(vm, argv[0], &it) < 0) {
        return -1;
    }
    int64_t total = 0;
    for (;;) {
        Value line;
        int rc = tpObj_next(vm, it, &line);
        if (rc != 0) {
            if (rc < 0) {
                return -1;
            }
            break;
        }
        int64_t n;
        if (tpList_append(vm, l, line) < 0 || tpObj_len(vm, line, &n) < 0) {
            return -1;
        }
        total += n;
        if (hint > 0 && total >= hint) {
            break;
        }
    }
    *out = OBJ_VAL(l);
    return 0;
}

int tpIO_writelines(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    if (check_open(vm, argv[0]) < 0) {
        return -1;
    }
    Value it, line, r;
    if (tpObj_iter(vm, argv[1], &it) < 0) {
        return -1;
    }
    int rc;
    while ((rc = tpObj_next(vm, it, &line)) == 0) {
        if (tpObj_call_method(vm, argv[0], vm->names[NAME_write], 1, &line, &r) < 0) {
            return -1;
        }
    }
    *out = NONE_VAL;
    return rc < 0 ? -1 : 0;
}

static int iob_close(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    IOBase *b = IOB(argv[0]);
    *out = NONE_VAL;
    if (b->closed) {
        return 0;
    }
    Value r;
    int rc = tpObj_call_method(vm, argv[0], vm->names[NAME_flush], 0, NULL, &r);
    b->closed = true;
    return rc;
}

static int iob_flush(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = NONE_VAL;
    return check_open(vm, argv[0]);
}

static int iob_false(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = FALSE_VAL;
    return 0;
}

static int iob_isatty(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = FALSE_VAL;
    return check_open(vm, argv[0]);
}

/* fileno / seek / truncate / read / write / detach... of a layer that does not have them */
static int iob_unsupported(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    static const char *const names[] = {"fileno", "seek", "truncate", "read", "write",
                                        "detach", "read1", "readinto"};
    return tpIO_unsupported(vm, names[vm->magic]);
}

static int iob_tell(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    Value args[2] = {INT_VAL(0), INT_VAL(1)};
    return tpIO_call(vm, argv[0], "seek", 2, args, out);
}

/* readline built on read(1): slow but works for any subclass that has read() */
static int iob_readline(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t limit;
    if (tpIO_size_arg(vm, argc, argv, 1, &limit) < 0) {
        return -1;
    }
    StrBuf b;
    tpBuf_init(&b);
    while (limit < 0 || (int64_t)b.len < limit) {
        Value one = INT_VAL(1), r;
        const uint8_t *p;
        size_t n;
        if (tpIO_call(vm, argv[0], "read", 1, &one, &r) < 0 || tpIO_bytes_arg(vm, r, &p, &n) < 0 ||
            tpBuf_put(vm, &b, (const char *)p, n) < 0) {
            tpBuf_free(&b);
            return -1;
        }
        if (n == 0 || p[n - 1] == '\n') {
            break;
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

static int iob_get_closed(VM *vm, Value self, Value *out) {
    *out = BOOL_VAL(IOB(self)->closed);
    return 0;
}

static int iob_check_closed(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = NONE_VAL;
    return check_open(vm, argv[0]);
}

/* _IOBase() and Python subclasses of the abstract layers: a bare object, arguments are for
 * __init__ */
static int iob_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kw, Value *out) {
    IOBase *b = tpGC_alloc(vm, type, type->size);
    if (b == NULL) {
        return -1;
    }
    *out = OBJ_VAL(b);
    return 0;
}

/* object's repr, with the module of the _io classes ("<_io.StringIO object at 0x...>") */
static int iob_repr(VM *vm, Value self, Value *out) {
    ObjType *t = tpType_of(vm, self);
    Value m = tpType_stored_module(vm, t);
    if (IS_OBJ_TYPE(m, vm->types[TYPE_STR]) && strcmp(AS_STR(m)->data, "builtins") != 0) {
        return tpStr_printf(vm, out, "<%s.%s object at %p>", AS_STR(m)->data, t->qualname->data,
                            (void *)AS_OBJ(self));
    }
    return tpStr_printf(vm, out, "<%s object at %p>", t->qualname->data, (void *)AS_OBJ(self));
}

static const MethodDef iob_methods[] = {
    TP_METHOD("close", iob_close, 0, 0),
    TP_METHOD("flush", iob_flush, 0, 0),
    TP_METHOD("readable", iob_false, 0, 0),
    TP_METHOD("writable", iob_false, 0, 0),
    TP_METHOD("seekable", iob_false, 0, 0),
    TP_METHOD("isatty", iob_isatty, 0, 0),
    TP_METHOD_MAGIC("fileno", iob_unsupported, 0, 0, 0),
    TP_METHOD_MAGIC("seek", iob_unsupported, 0, 2, 1),
    TP_METHOD_MAGIC("truncate", iob_unsupported, 0, 1, 2),
    TP_METHOD("tell", iob_tell, 0, 0),
    TP_METHOD("readline", iob_readline, 0, 1),
    TP_METHOD("readlines", tpIO_readlines, 0, 1),
    TP_METHOD("writelines", tpIO_writelines, 1, 1),
    TP_METHOD("__enter__", tpIO_enter, 0, 0),
    TP_METHOD("__exit__", tpIO_exit, 0, -1),
    TP_METHOD("__del__", tpIO_del, 0, 0),
    TP_METHOD("_checkClosed", iob_check_closed, 0, 1),
    TP_METHOD_END,
};

static const GetSetDef iob_getsets[] = {
    {"closed", iob_get_closed, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpIOBase_spec = {
    .name = "_io._IOBase",
    .id = TYPE_IO_BASE,
    .base = TYPE_OBJECT,
    .size = sizeof(IOBase),
    .flags = TPFLAG_BASETYPE,
    .slots = {.iter = tpIO_iter_slot, .next = iob_next, .new_ = iob_new, .repr = iob_repr},
    .methods = iob_methods,
    .getsets = iob_getsets,
};

/* ==== _RawIOBase ==== */

static int raw_readall(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    StrBuf b;
    tpBuf_init(&b);
    for (;;) {
        Value n = INT_VAL(IO_DEFAULT_BUFFER_SIZE), r;
        const uint8_t *p;
        size_t len;
        if (tpIO_call(vm, argv[0], "read", 1, &n, &r) < 0) {
            tpBuf_free(&b);
            return -1;
        }
        if (IS_NONE(r)) {
            if (b.len == 0) {
                *out = NONE_VAL;
                return 0;
            }
            break;
        }
        if (tpIO_bytes_arg(vm, r, &p, &len) < 0 || tpBuf_put(vm, &b, (const char *)p, len) < 0) {
            tpBuf_free(&b);
            return -1;
        }
        if (len == 0) {
            break;
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

static int raw_read(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t n;
    if (tpIO_size_arg(vm, argc, argv, 1, &n) < 0) {
        return -1;
    }
    if (n < 0) {
        return tpIO_call(vm, argv[0], "readall", 0, NULL, out);
    }
    ObjByteArray *ba = tpByteArray_new(vm, NULL, (size_t)n);
    if (ba == NULL) {
        return -1;
    }
    Value arg = OBJ_VAL(ba), r;
    int64_t got;
    if (tpIO_call(vm, argv[0], "readinto", 1, &arg, &r) < 0) {
        return -1;
    }
    if (IS_NONE(r)) {
        *out = NONE_VAL;
        return 0;
    }
    if (tpObj_as_index(vm, r, &got) < 0) {
        return -1;
    }
    if (got < 0 || got > n) {
        return tpErr_format(vm, EXC_ValueError, "readinto returned %lld outside buffer size %lld",
                            (long long)got, (long long)n);
    }
    ObjBytes *res = tpBytes_new(vm, ba->data, (size_t)got);
    if (res == NULL) {
        return -1;
    }
    *out = OBJ_VAL(res);
    return 0;
}

static const MethodDef raw_methods[] = {
    TP_METHOD("read", raw_read, 0, 1),
    TP_METHOD("readall", raw_readall, 0, 0),
    TP_METHOD_MAGIC("readinto", iob_unsupported, 1, 1, 7),
    TP_METHOD_MAGIC("write", iob_unsupported, 1, 1, 4),
    TP_METHOD_END,
};

const TypeSpec tpRawIOBase_spec = {
    .name = "_io._RawIOBase",
    .id = TYPE_IO_RAWBASE,
    .base = TYPE_IO_BASE,
    .size = sizeof(IOBase),
    .flags = TPFLAG_BASETYPE,
    .methods = raw_methods,
};

/* ==== _BufferedIOBase ==== */

static int buf_readinto(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    uint8_t *dst;
    size_t cap;
    if (tpIO_writable_arg(vm, argv[1], &dst, &cap) < 0) {
        return -1;
    }
    Value n = INT_VAL((int64_t)cap), r;
    const uint8_t *p;
    size_t len;
    if (tpIO_call(vm, argv[0], vm->magic ? "read1" : "read", 1, &n, &r) < 0 ||
        tpIO_bytes_arg(vm, r, &p, &len) < 0 ||
        tpIO_writable_arg(vm, argv[1], &dst, &cap) < 0) {   /* read() may have changed it */
        return -1;
    }
    if (len > cap) {
        len = cap;
    }
    if (len > 0) {
        memcpy(dst, p, len);
    }
    *out = INT_VAL((int64_t)len);
    return 0;
}

static const MethodDef bufbase_methods[] = {
    TP_METHOD_MAGIC("read", iob_unsupported, 0, 1, 3),
    TP_METHOD_MAGIC("read1", iob_unsupported, 0, 1, 6),
    TP_METHOD_MAGIC("write", iob_unsupported, 1, 1, 4),
    TP_METHOD_MAGIC("detach", iob_unsupported, 0, 0, 5),
    TP_METHOD_MAGIC("readinto", buf_readinto, 1, 1, 0),
    TP_METHOD_MAGIC("readinto1", buf_readinto, 1, 1, 1),
    TP_METHOD_END,
};

const TypeSpec tpBufferedIOBase_spec = {
    .name = "_io._BufferedIOBase",
    .id = TYPE_IO_BUFBASE,
    .base = TYPE_IO_BASE,
    .size = sizeof(IOBase),
    .flags = TPFLAG_BASETYPE,
    .methods = bufbase_methods,
};

/* ==== _TextIOBase ==== */

static int get_none(VM *vm, Value self, Value *out) {
    *out = NONE_VAL;
    return 0;
}

static const MethodDef textbase_methods[] = {
    TP_METHOD_MAGIC("read", iob_unsupported, 0, 1, 3),
    TP_METHOD_MAGIC("write", iob_unsupported, 1, 1, 4),
    TP_METHOD_MAGIC("detach", iob_unsupported, 0, 0, 5),
    TP_METHOD_END,
};

static const GetSetDef textbase_getsets[] = {
    {"encoding", get_none, NULL, NULL},
    {"newlines", get_none, NULL, NULL},
    {"errors", get_none, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpTextIOBase_spec = {
    .name = "_io._TextIOBase",
    .id = TYPE_IO_TEXTBASE,
    .base = TYPE_IO_BASE,
    .size = sizeof(IOBase),
    .flags = TPFLAG_BASETYPE,
    .methods = textbase_methods,
    .getsets = textbase_getsets,
};
