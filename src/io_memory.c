/*
 * io_memory.c — the in-memory streams _io.StringIO (text kept as an array of code points, so
 * positions are character indexes as in CPython) and _io.BytesIO (a growable byte array).
 */
#include "io_internal.h"

#define SIO(v) ((StringIO *)AS_OBJ(v))
#define BIO(v) ((BytesIO *)AS_OBJ(v))

/* ==== shared argument helpers ==== */

static int seek_args(VM *vm, int argc, Value *argv, int64_t *pos, int64_t *whence) {
    *whence = 0;
    if (tpObj_as_index(vm, argv[1], pos) < 0 ||
        (argc > 2 && tpObj_as_index(vm, argv[2], whence) < 0)) {
        return -1;
    }
    return 0;
}

static int int_out(VM *vm, int64_t v, Value *out) {
    *out = tpInt_from_i64(vm, v);
    return IS_NULL(*out) ? -1 : 0;
}

static int true_method(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    if (vm->magic ? BIO(argv[0])->closed : SIO(argv[0])->closed) {
        return vm->magic ? tpIO_closed_error(vm)
                         : tpErr_raise(vm, EXC_ValueError, "I/O operation on closed file");
    }
    *out = TRUE_VAL;
    return 0;
}

/* ==== StringIO ==== */

static void sio_mark(VM *vm, Obj *o) { tpGC_mark_value(vm, ((StringIO *)o)->newline); }

static void sio_free(VM *vm, Obj *o) {
    StringIO *s = (StringIO *)o;
    tpMem_free(vm, s->buf, s->cap * sizeof(uint32_t));
    s->buf = NULL;
    s->cap = s->len = s->pos = 0;
}

static int sio_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kw, Value *out) {
    StringIO *s = tpGC_alloc(vm, type, type->size);
    if (s == NULL) {
        return -1;
    }
    s->newline = NONE_VAL;
    s->nl = NL_LF;
    *out = OBJ_VAL(s);
    return 0;
}

static int sio_reserve(VM *vm, StringIO *s, size_t need) {
    if (need <= s->cap) {
        return 0;
    }
    size_t cap = s->cap ? s->cap : 16;
    while (cap < need) {
        cap *= 2;
    }
    uint32_t *nb = tpMem_realloc(vm, s->buf, s->cap * sizeof(uint32_t), cap * sizeof(uint32_t));
    if (nb == NULL) {
        return -1;
    }
    s->buf = nb;
    s->cap = cap;
    return 0;
}

static int sio_put(VM *vm, StringIO *s, uint32_t cp) {
    if (sio_reserve(vm, s, s->pos + 1) < 0) {
        return -1;
    }
    if (s->pos > s->len) {
        memset(s->buf + s->len, 0, (s->pos - s->len) * sizeof(uint32_t));
    }
    s->buf[s->pos++] = cp;
    if (s->pos > s->len) {
        s->len = s->pos;
    }
    return 0;
}

static int sio_write_str(VM *vm, StringIO *s, ObjStr *str) {
    const char *p = str->data, *end = str->data + str->nbytes;
    if (s->pos > s->len && sio_reserve(vm, s, s->pos) < 0) {
        return -1;
    }
    while (p < end) {
        uint32_t cp = tpUtf8_decode(&p);
        int rc = 0;
        if (s->nl == NL_UNIVERSAL && cp == '\r') {
            if (p < end && *p == '\n') {
                p++;
            }
            rc = sio_put(vm, s, '\n');
        } else if (cp == '\n' && (s->nl == NL_CR || s->nl == NL_CRLF)) {
            rc = sio_put(vm, s, '\r');
            rc = rc < 0 || s->nl == NL_CR ? rc : sio_put(vm, s, '\n');
        } else {
            rc = sio_put(vm, s, cp);
        }
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

static int sio_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const names[] = {"initial_value", "newline"};
    Value a[2];
    StringIO *s = SIO(self);
    if (tpArg_parse_kw(vm, "StringIO", argc, argv, kwnames, 2, names, 2, a) < 0) {
        return -1;
    }
    Value nl = IS_NULL(a[1]) ? NULL_VAL : a[1];
    s->nl = NL_LF;
    if (!IS_NULL(nl) && !IS_NONE(nl)) {
        if (!tpObj_is(vm, nl, TYPE_STR)) {
            return tpErr_format(vm, EXC_TypeError, "newline must be str or None, not %T", nl);
        }
        const char *t = AS_STR(nl)->data;
        s->nl = !*t ? NL_EMPTY : !strcmp(t, "\n") ? NL_LF : !strcmp(t, "\r") ? NL_CR
                : !strcmp(t, "\r\n") ? NL_CRLF : -1;
        if (s->nl < 0) {
            return tpErr_format(vm, EXC_ValueError, "illegal newline value: %R", nl);
        }
    } else if (!IS_NULL(nl)) {
        s->nl = NL_UNIVERSAL;
    }
    s->newline = IS_NULL(nl) ? OBJ_VAL(tpStr_from_cstr(vm, "\n")) : nl;
    s->len = s->pos = 0;
    s->closed = false;
    s->ok = true;
    if (!IS_NULL(a[0]) && !IS_NONE(a[0])) {
        if (!tpObj_is(vm, a[0], TYPE_STR)) {
            return tpErr_format(vm, EXC_TypeError,
                                "initial_value must be str or None, not %T", a[0]);
        }
        if (sio_write_str(vm, s, AS_STR(a[0])) < 0) {
            return -1;
        }
        s->pos = 0;
    }
    return 0;
}

static int sio_check(VM *vm, StringIO *s) {
    if (!s->ok) {
        return tpErr_raise(vm, EXC_ValueError, "I/O operation on uninitialized object");
    }
    return s->closed ? tpErr_raise(vm, EXC_ValueError, "I/O operation on closed file") : 0;
}

static int sio_make(VM *vm, StringIO *s, size_t from, size_t to, Value *out) {
    StrBuf b;
    tpBuf_init(&b);
    for (size_t i = from; i < to; i++) {
        if (tpBuf_put_cp(vm, &b, s->buf[i]) < 0) {
            tpBuf_free(&b);
            return -1;
        }
    }
    if (b.len == 0) {
        tpBuf_free(&b);
        *out = OBJ_VAL(vm->empty_str);
        return 0;
    }
    ObjStr *r = tpBuf_finish(vm, &b);
    if (r == NULL) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int sio_write(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    StringIO *s = SIO(argv[0]);
    if (sio_check(vm, s) < 0) {
        return -1;
    }
    if (!tpObj_is(vm, argv[1], TYPE_STR)) {
        return tpErr_format(vm, EXC_TypeError, "string argument expected, got '%T'", argv[1]);
    }
    if (sio_write_str(vm, s, AS_STR(argv[1])) < 0) {
        return -1;
    }
    return int_out(vm, (int64_t)AS_STR(argv[1])->len, out);
}

static int sio_getvalue(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    StringIO *s = SIO(argv[0]);
    return sio_check(vm, s) < 0 ? -1 : sio_make(vm, s, 0, s->len, out);
}

static int sio_read(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    StringIO *s = SIO(argv[0]);
    int64_t n;
    if (sio_check(vm, s) < 0 || tpIO_size_arg(vm, argc, argv, 1, &n) < 0) {
        return -1;
    }
    size_t start = s->pos < s->len ? s->pos : s->len;
    size_t end = n < 0 || start + (size_t)n > s->len ? s->len : start + (size_t)n;
    if (sio_make(vm, s, start, end, out) < 0) {
        return -1;
    }
    s->pos = end > s->pos ? end : s->pos;
    return 0;
}

static size_t sio_line_end(StringIO *s, size_t start, size_t end) {
    for (size_t i = start; i < end; i++) {
        uint32_t c = s->buf[i];
        if (s->nl == NL_CR) {
            if (c == '\r') {
                return i + 1;
            }
        } else if (s->nl == NL_EMPTY && c == '\r') {
            return i + 1 < end && s->buf[i + 1] == '\n' ? i + 2 : i + 1;
        } else if (c == '\n') {
            return i + 1;
        }
    }
    return end;
}

static int sio_readline_limit(VM *vm, StringIO *s, int64_t limit, Value *out) {
    size_t start = s->pos < s->len ? s->pos : s->len;
    size_t end = limit < 0 || start + (size_t)limit > s->len ? s->len : start + (size_t)limit;
    end = sio_line_end(s, start, end);
    if (sio_make(vm, s, start, end, out) < 0) {
        return -1;
    }
    s->pos = end > s->pos ? end : s->pos;
    return 0;
}

static int sio_readline(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t n;
    if (sio_check(vm, SIO(argv[0])) < 0 || tpIO_size_arg(vm, argc, argv, 1, &n) < 0) {
        return -1;
    }
    return sio_readline_limit(vm, SIO(argv[0]), n, out);
}

static int sio_next(VM *vm, Value self, Value *out) {
    if (sio_check(vm, SIO(self)) < 0 || sio_readline_limit(vm, SIO(self), -1, out) < 0) {
        return -1;
    }
    return AS_STR(*out)->len == 0 ? 1 : 0;
}

static int sio_seek(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    StringIO *s = SIO(argv[0]);
    int64_t pos, whence;
    if (seek_args(vm, argc, argv, &pos, &whence) < 0 || sio_check(vm, s) < 0) {
        return -1;
    }
    if (whence < 0 || whence > 2) {
        return tpErr_format(vm, EXC_ValueError, "Invalid whence (%lld, should be 0, 1 or 2)",
                            (long long)whence);
    }
    if (whence == 0 && pos < 0) {
        return tpErr_format(vm, EXC_ValueError, "Negative seek position %lld", (long long)pos);
    }
    if (whence != 0 && pos != 0) {
        return tpErr_raise(vm, EXC_OSError, whence == 1 ? "Can't do nonzero cur-relative seeks"
                                                        : "Can't do nonzero end-relative seeks");
    }
    s->pos = whence == 0 ? (size_t)pos : whence == 2 ? s->len : s->pos;
    return int_out(vm, (int64_t)s->pos, out);
}

static int sio_tell(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return sio_check(vm, SIO(argv[0])) < 0 ? -1 : int_out(vm, (int64_t)SIO(argv[0])->pos, out);
}

static int sio_truncate(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    StringIO *s = SIO(argv[0]);
    int64_t size;
    if (sio_check(vm, s) < 0 || tpIO_size_arg(vm, argc, argv, 1, &size) < 0) {
        return -1;
    }
    if (argc < 2 || IS_NONE(argv[1])) {
        size = (int64_t)s->pos;
    } else if (size < 0) {
        return tpErr_format(vm, EXC_ValueError, "Negative size value %lld", (long long)size);
    }
    if ((size_t)size < s->len) {
        s->len = (size_t)size;
    }
    return int_out(vm, size, out);
}

static int sio_close(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    SIO(argv[0])->closed = true;
    SIO(argv[0])->b.closed = true;
    sio_free(vm, AS_OBJ(argv[0]));
    *out = NONE_VAL;
    return 0;
}

static int sio_get_closed(VM *vm, Value self, Value *out) {
    *out = BOOL_VAL(SIO(self)->closed);
    return 0;
}

static int sio_get_newlines(VM *vm, Value self, Value *out) {
    *out = NONE_VAL;
    return 0;
}

static int sio_get_false(VM *vm, Value self, Value *out) {
    *out = FALSE_VAL;
    return 0;
}

static const MethodDef sio_methods[] = {
    TP_METHOD("write", sio_write, 1, 1),
    TP_METHOD("getvalue", sio_getvalue, 0, 0),
    TP_METHOD("read", sio_read, 0, 1),
    TP_METHOD("readline", sio_readline, 0, 1),
    TP_METHOD("seek", sio_seek, 1, 2),
    TP_METHOD("tell", sio_tell, 0, 0),
    TP_METHOD("truncate", sio_truncate, 0, 1),
    TP_METHOD("close", sio_close, 0, 0),
    TP_METHOD_MAGIC("readable", true_method, 0, 0, 0),
    TP_METHOD_MAGIC("writable", true_method, 0, 0, 0),
    TP_METHOD_MAGIC("seekable", true_method, 0, 0, 0),
    TP_METHOD_END,
};

static const GetSetDef sio_getsets[] = {
    {"closed", sio_get_closed, NULL, NULL},
    {"newlines", sio_get_newlines, NULL, NULL},
    {"line_buffering", sio_get_false, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpStringIO_spec = {
    .name = "_io.StringIO",
    .id = TYPE_IO_STRINGIO,
    .base = TYPE_IO_TEXTBASE,
    .size = sizeof(StringIO),
    .flags = TPFLAG_BASETYPE,
    .slots = {.mark = sio_mark, .free = sio_free, .new_ = sio_new, .init = sio_init,
              .next = sio_next},
    .methods = sio_methods,
    .getsets = sio_getsets,
};

/* ==== BytesIO ==== */

/* The bytes from offset i on (an empty BytesIO has no buffer: NULL + 0 is undefined in C). */
static const uint8_t *bio_at(const BytesIO *b, size_t i) {
    return b->buf != NULL ? b->buf + i : (const uint8_t *)"";
}

static void bio_free(VM *vm, Obj *o) {
    BytesIO *b = (BytesIO *)o;
    tpMem_free(vm, b->buf, b->cap);
    b->buf = NULL;
    b->cap = b->len = b->pos = 0;
}

static int bio_reserve(VM *vm, BytesIO *b, size_t need) {
    if (need <= b->cap) {
        return 0;
    }
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) {
        cap *= 2;
    }
    uint8_t *nb = tpMem_realloc(vm, b->buf, b->cap, cap);
    if (nb == NULL) {
        return -1;
    }
    b->buf = nb;
    b->cap = cap;
    return 0;
}

static int bio_put(VM *vm, BytesIO *b, const uint8_t *p, size_t n) {
    if (n == 0) {
        return 0;
    }
    if (bio_reserve(vm, b, b->pos + n) < 0) {
        return -1;
    }
    if (b->pos > b->len) {
        memset(b->buf + b->len, 0, b->pos - b->len);
    }
    memmove(b->buf + b->pos, p, n);
    b->pos += n;
    if (b->pos > b->len) {
        b->len = b->pos;
    }
    return 0;
}

static int bio_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const names[] = {"initial_bytes"};
    Value a[1];
    BytesIO *b = BIO(self);
    if (tpArg_parse_kw(vm, "BytesIO", argc, argv, kwnames, 1, names, 1, a) < 0) {
        return -1;
    }
    b->len = b->pos = 0;
    b->closed = false;
    if (!IS_NULL(a[0]) && !IS_NONE(a[0])) {
        const uint8_t *p;
        size_t n;
        if (tpIO_bytes_arg(vm, a[0], &p, &n) < 0 || bio_put(vm, b, p, n) < 0) {
            return -1;
        }
        b->pos = 0;
    }
    return 0;
}

static int bio_check(VM *vm, BytesIO *b) {
    return b->closed ? tpIO_closed_error(vm) : 0;
}

static int bytes_out(VM *vm, const uint8_t *p, size_t n, Value *out) {
    ObjBytes *r = tpBytes_new(vm, n ? p : (const uint8_t *)"", n);
    if (r == NULL) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int bio_write(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    BytesIO *b = BIO(argv[0]);
    const uint8_t *p;
    size_t n;
    if (bio_check(vm, b) < 0 || tpIO_bytes_arg(vm, argv[1], &p, &n) < 0 ||
        bio_put(vm, b, p, n) < 0) {
        return -1;
    }
    return int_out(vm, (int64_t)n, out);
}

static int bio_getvalue(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    BytesIO *b = BIO(argv[0]);
    return bio_check(vm, b) < 0 ? -1 : bytes_out(vm, b->buf, b->len, out);
}

static int bio_read(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    BytesIO *b = BIO(argv[0]);
    int64_t n;
    if (bio_check(vm, b) < 0 || tpIO_size_arg(vm, argc, argv, 1, &n) < 0) {
        return -1;
    }
    size_t start = b->pos < b->len ? b->pos : b->len;
    size_t end = n < 0 || start + (size_t)n > b->len ? b->len : start + (size_t)n;
    if (bytes_out(vm, bio_at(b, start), end - start, out) < 0) {
        return -1;
    }
    b->pos = end > b->pos ? end : b->pos;
    return 0;
}

static int bio_readline_limit(VM *vm, BytesIO *b, int64_t limit, Value *out) {
    size_t start = b->pos < b->len ? b->pos : b->len;
    size_t end = limit < 0 || start + (size_t)limit > b->len ? b->len : start + (size_t)limit;
    uint8_t *nl = end > start ? memchr(bio_at(b, start), '\n', end - start) : NULL;
    if (nl != NULL) {
        end = (size_t)(nl - b->buf) + 1;
    }
    if (bytes_out(vm, bio_at(b, start), end - start, out) < 0) {
        return -1;
    }
    b->pos = end > b->pos ? end : b->pos;
    return 0;
}

static int bio_readline(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t n;
    if (bio_check(vm, BIO(argv[0])) < 0 || tpIO_size_arg(vm, argc, argv, 1, &n) < 0) {
        return -1;
    }
    return bio_readline_limit(vm, BIO(argv[0]), n, out);
}

static int bio_next(VM *vm, Value self, Value *out) {
    if (bio_check(vm, BIO(self)) < 0 || bio_readline_limit(vm, BIO(self), -1, out) < 0) {
        return -1;
    }
    return AS_BYTES(*out)->len == 0 ? 1 : 0;
}

static int bio_readinto(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    BytesIO *b = BIO(argv[0]);
    if (bio_check(vm, b) < 0) {
        return -1;
    }
    uint8_t *dst;
    size_t cap;
    if (tpIO_writable_arg(vm, argv[1], &dst, &cap) < 0) {
        return -1;
    }
    size_t avail = b->pos < b->len ? b->len - b->pos : 0;
    size_t n = cap < avail ? cap : avail;
    if (n > 0) {
        memcpy(dst, b->buf + b->pos, n);
    }
    b->pos += n;
    return int_out(vm, (int64_t)n, out);
}

static int bio_seek(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    BytesIO *b = BIO(argv[0]);
    int64_t pos, whence;
    if (seek_args(vm, argc, argv, &pos, &whence) < 0 || bio_check(vm, b) < 0) {
        return -1;
    }
    if (whence < 0 || whence > 2) {
        return tpErr_format(vm, EXC_ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                            (long long)whence);
    }
    if (whence == 0 && pos < 0) {
        return tpErr_format(vm, EXC_ValueError, "negative seek value %lld", (long long)pos);
    }
    int64_t base = whence == 0 ? 0 : whence == 1 ? (int64_t)b->pos : (int64_t)b->len;
    pos += base;
    b->pos = pos < 0 ? 0 : (size_t)pos;
    return int_out(vm, (int64_t)b->pos, out);
}

static int bio_tell(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return bio_check(vm, BIO(argv[0])) < 0 ? -1 : int_out(vm, (int64_t)BIO(argv[0])->pos, out);
}

static int bio_truncate(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    BytesIO *b = BIO(argv[0]);
    int64_t size;
    if (bio_check(vm, b) < 0 || tpIO_size_arg(vm, argc, argv, 1, &size) < 0) {
        return -1;
    }
    if (argc < 2 || IS_NONE(argv[1])) {
        size = (int64_t)b->pos;
    } else if (size < 0) {
        return tpErr_format(vm, EXC_ValueError, "negative size value %lld", (long long)size);
    }
    if ((size_t)size < b->len) {
        b->len = (size_t)size;
    }
    return int_out(vm, size, out);
}

static int bio_close(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    BIO(argv[0])->closed = true;
    BIO(argv[0])->b.closed = true;
    bio_free(vm, AS_OBJ(argv[0]));
    *out = NONE_VAL;
    return 0;
}

static int bio_flush(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = NONE_VAL;
    return bio_check(vm, BIO(argv[0]));
}

static int bio_get_closed(VM *vm, Value self, Value *out) {
    *out = BOOL_VAL(BIO(self)->closed);
    return 0;
}

static const MethodDef bio_methods[] = {
    TP_METHOD("write", bio_write, 1, 1),
    TP_METHOD("getvalue", bio_getvalue, 0, 0),
    TP_METHOD("read", bio_read, 0, 1),
    TP_METHOD("read1", bio_read, 0, 1),
    TP_METHOD("readline", bio_readline, 0, 1),
    TP_METHOD("readinto", bio_readinto, 1, 1),
    TP_METHOD("seek", bio_seek, 1, 2),
    TP_METHOD("tell", bio_tell, 0, 0),
    TP_METHOD("truncate", bio_truncate, 0, 1),
    TP_METHOD("close", bio_close, 0, 0),
    TP_METHOD("flush", bio_flush, 0, 0),
    TP_METHOD_MAGIC("readable", true_method, 0, 0, 1),
    TP_METHOD_MAGIC("writable", true_method, 0, 0, 1),
    TP_METHOD_MAGIC("seekable", true_method, 0, 0, 1),
    TP_METHOD_END,
};

static const GetSetDef bio_getsets[] = {
    {"closed", bio_get_closed, NULL, NULL},
    TP_GETSET_END,
};

static int bio_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kw, Value *out) {
    BytesIO *b = tpGC_alloc(vm, type, type->size);
    if (b == NULL) {
        return -1;
    }
    *out = OBJ_VAL(b);
    return 0;
}

const TypeSpec tpBytesIO_spec = {
    .name = "_io.BytesIO",
    .id = TYPE_IO_BYTESIO,
    .base = TYPE_IO_BUFBASE,
    .size = sizeof(BytesIO),
    .flags = TPFLAG_BASETYPE,
    .slots = {.free = bio_free, .new_ = bio_new, .init = bio_init, .next = bio_next},
    .methods = bio_methods,
    .getsets = bio_getsets,
};
