/*
 * obj_bytes.c — the `bytes` and `bytearray` types: construction (from int, iterable, buffer,
 * str + encoding, __bytes__), repr with CPython's escapes and quote choice, comparison, hashing,
 * +, * and %, indexing (→ int) and slicing, `in`, iteration (bytes_iterator), and the mutations
 * of bytearray (item/slice assignment and deletion, append, extend, pop, insert, remove, clear,
 * reverse, +=, *=). The shared read-only methods live in obj_bytes_methods.c.
 */
#include <stdio.h>
#include <stdlib.h>

#include "buffer.h"
#include "runtime.h"
#include "size_check.h"
#include "seq.h"
#include "str_impl.h"

/* ==== construction ==== */

ObjBytes *tpBytes_new(VM *vm, const void *data, size_t n) {
    ObjBytes *b = tpGC_alloc(vm, vm->types[TYPE_BYTES], sizeof(ObjBytes) + n + 1);
    if (!b) {
        return NULL;
    }
    b->hash = -1;
    b->len = n;
    if (n && data) {
        memcpy(b->data, data, n);
    }
    b->data[n] = 0;
    return b;
}

static ObjBytes *bytes_new_typed(VM *vm, ObjType *type, const void *data, size_t n) {
    ObjBytes *b = tpBytes_new(vm, data, n);
    if (b && type != vm->types[TYPE_BYTES]) {
        size_t extra = type->dictoffset ? sizeof(ObjDict *) + 8 : 0; /* dict pointer (objmodel.h) */
        ObjBytes *s = tpGC_alloc(vm, type, sizeof(ObjBytes) + n + 1 + extra);
        if (!s) {
            return NULL;
        }
        s->hash = -1;
        s->len = n;
        memcpy(s->data, b->data, n + 1);
        return s;
    }
    return b;
}

static int ba_reserve(VM *vm, ObjByteArray *ba, size_t need) {
    if (need <= ba->cap) {
        return 0;
    }
    size_t cap = ba->cap < 8 ? 8 : ba->cap;
    while (cap < need) {
        cap += cap / 2 + 8;
    }
    uint8_t *p = tpMem_realloc(vm, ba->data, ba->data ? ba->cap + 1 : 0, cap + 1);
    if (!p) {
        return -1;
    }
    ba->data = p;
    ba->cap = cap;
    return 0;
}

static ObjByteArray *ba_new_typed(VM *vm, ObjType *type, const void *data, size_t n) {
    size_t size = type->size > sizeof(ObjByteArray) ? type->size : sizeof(ObjByteArray);
    ObjByteArray *ba = tpGC_alloc(vm, type, size);
    if (!ba) {
        return NULL;
    }
    if (n && ba_reserve(vm, ba, n) < 0) {
        return NULL;
    }
    if (n && data) {
        memcpy(ba->data, data, n);
    } else if (n) {
        memset(ba->data, 0, n);
    }
    ba->len = n;
    return ba;
}

ObjByteArray *tpByteArray_new(VM *vm, const void *data, size_t n) {
    return ba_new_typed(vm, vm->types[TYPE_BYTEARRAY], data, n);
}

static void ba_free(VM *vm, Obj *o) {
    ObjByteArray *ba = (ObjByteArray *)o;
    if (ba->exports) {
        tpBuffer_exports_unref(vm, ba->exports);
        ba->exports = NULL;
    }
    if (ba->data) {
        tpMem_free(vm, ba->data, ba->cap + 1);
    }
    ba->data = NULL;
    ba->cap = ba->len = 0;
}

/* ==== repr ==== */

ObjStr *tpBytes_repr(VM *vm, const uint8_t *data, size_t n, const char *prefix,
                     const char *suffix) {
    bool sq = memchr(data, '\'', n) != NULL, dq = memchr(data, '"', n) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    StrBuf b;
    tpBuf_init(&b);
    int rc = tpBuf_puts(vm, &b, prefix);
    if (rc == 0) {
        char head[2] = {'b', quote};
        rc = tpBuf_put(vm, &b, head, 2);
    }
    for (size_t i = 0; i < n && rc == 0; i++) {
        uint8_t c = data[i];
        if (c == (uint8_t)quote || c == '\\') {
            char e[2] = {'\\', (char)c};
            rc = tpBuf_put(vm, &b, e, 2);
        } else if (c == '\t' || c == '\n' || c == '\r') {
            char e[2] = {'\\', c == '\t' ? 't' : c == '\n' ? 'n' : 'r'};
            rc = tpBuf_put(vm, &b, e, 2);
        } else if (c < 0x20 || c >= 0x7f) {
            rc = tpBuf_printf(vm, &b, "\\x%02x", c);
        } else {
            rc = tpBuf_putc(vm, &b, (char)c);
        }
    }
    if (rc == 0) {
        rc = tpBuf_putc(vm, &b, quote);
    }
    if (rc == 0) {
        rc = tpBuf_puts(vm, &b, suffix);
    }
    if (rc < 0) {
        tpBuf_free(&b);
        return NULL;
    }
    return tpBuf_finish(vm, &b);
}

static int bytes_repr(VM *vm, Value self, Value *out) {
    const uint8_t *d;
    size_t n;
    tpBytes_view(vm, self, &d, &n);
    ObjStr *r;
    if (tpByteArray_check(vm, self)) {
        StrBuf pre;
        tpBuf_init(&pre);
        if (tpBuf_printf(vm, &pre, "%s(", tpObj_typename(vm, self)) < 0) {
            return -1;
        }
        ObjStr *p = tpBuf_finish(vm, &pre);
        r = p ? tpBytes_repr(vm, d, n, p->data, ")") : NULL;
    } else {
        r = tpBytes_repr(vm, d, n, "", "");
    }
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

/* ==== comparison, hashing ==== */

static int bytes_hash(VM *vm, Value self, int64_t *out) {
    ObjBytes *b = AS_BYTES(self);
    if (b->hash == -1) {
        b->hash = tpHash_bytes(vm, b->data, b->len);
    }
    *out = b->hash;
    return 0;
}

static int bytes_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    const uint8_t *x, *y;
    size_t nx, ny;
    /* bytes leaves a memoryview to memoryview's ==; bytearray compares any buffer's bytes */
    bool mv = IS_OBJ_TYPE(a, vm->types[TYPE_MEMORYVIEW]) ||
              IS_OBJ_TYPE(b, vm->types[TYPE_MEMORYVIEW]);
    if ((mv && !tpByteArray_check(vm, a) && !tpByteArray_check(vm, b)) ||
        !tpBytes_view(vm, a, &x, &nx) || !tpBytes_view(vm, b, &y, &ny)) {
        *out = vm->not_implemented;
        return 0;
    }
    if ((op == CMP_EQ || op == CMP_NE) && nx != ny) {
        *out = BOOL_VAL(op == CMP_NE);
        return 0;
    }
    size_t m = nx < ny ? nx : ny;
    int c = m ? memcmp(x, y, m) : 0;
    if (c == 0) {
        c = nx < ny ? -1 : nx > ny ? 1 : 0;
    }
    *out = BOOL_VAL(tpCmp_holds(op, c, 0));
    return 0;
}

/* ==== sequence protocol ==== */

static int make_like(VM *vm, Value self, const void *d, size_t n, Value *out) {
    Obj *r = tpByteArray_check(vm, self) ? (Obj *)tpByteArray_new(vm, d, n)
                                         : (Obj *)tpBytes_new(vm, d, n);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int repeat(VM *vm, Value self, Value count, Value *out) {
    if (tpType_of(vm, count)->sl.index == NULL) {
        bool left = tpBytes_check(vm, self) || tpByteArray_check(vm, self);
        return tpSeq_binop_fallback(vm, left ? self : count, left ? count : self, BINOP_MUL, count,
                                    "can't multiply sequence by non-int of type '%T'", out);
    }
    int64_t k;
    const uint8_t *d;
    size_t n;
    if (tpObj_as_index(vm, count, &k) < 0) {
        return -1;
    }
    tpBytes_view(vm, self, &d, &n);
    if (k <= 0 || n == 0) {
        return make_like(vm, self, NULL, 0, out);
    }
    if ((uint64_t)k > TP_MAX_SSIZE / n && !tpByteArray_check(vm, self)) {
        return tpErr_raise(vm, EXC_OverflowError, "repeated bytes are too long");
    }
    size_t total;
    if (tpSize_mul(n, (size_t)k, &total) < 0 || tpSize_check(vm, total) < 0) {
        return tpErr_no_memory(vm);
    }
    uint8_t *buf = malloc(total);
    if (!buf) {
        return tpErr_no_memory(vm);
    }
    for (size_t i = 0; i < total; i += n) {
        memcpy(buf + i, d, n);
    }
    int rc = make_like(vm, self, buf, total, out);
    free(buf);
    return rc;
}

static int concat(VM *vm, Value a, Value b, Value *out) {
    const uint8_t *x, *y;
    size_t nx, ny;
    tpBytes_view(vm, a, &x, &nx);
    if (!tpBytes_view(vm, b, &y, &ny)) {
        char msg[160];
        snprintf(msg, sizeof msg, "can't concat %%T to %.100s", tpObj_typename(vm, a));
        return tpSeq_binop_fallback(vm, a, b, BINOP_ADD, b, msg, out);
    }
    uint8_t *buf = malloc(nx + ny + 1);
    if (!buf) {
        return tpErr_no_memory(vm);
    }
    memcpy(buf, x, nx);
    memcpy(buf + nx, y, ny);
    int rc = make_like(vm, a, buf, nx + ny, out);
    free(buf);
    return rc;
}

static int bytes_binop(VM *vm, Value a, Value b, int op, Value *out) {
    const uint8_t *d;
    size_t n;
    bool a_is = (tpBytes_check(vm, a) || tpByteArray_check(vm, a)) && tpBytes_view(vm, a, &d, &n);
    switch (op) {
    case BINOP_ADD:
        if (a_is) {
            return concat(vm, a, b, out);
        }
        break;
    case BINOP_MUL:
        return a_is ? repeat(vm, a, b, out) : repeat(vm, b, a, out);
    case BINOP_MOD:
        if (a_is) {
            return tpBytes_mod(vm, d, n, b, tpByteArray_check(vm, a), out);
        }
        break;
    default:
        break;
    }
    *out = vm->not_implemented;
    return 0;
}

static int bytes_len(VM *vm, Value self, int64_t *out) {
    const uint8_t *d;
    size_t n;
    tpBytes_view(vm, self, &d, &n);
    *out = (int64_t)n;
    return 0;
}

static int index_key(VM *vm, Value self, Value key, size_t n, int64_t *out) {
    bool ba = tpByteArray_check(vm, self);
    if (tpType_of(vm, key)->sl.index == NULL) {
        return tpErr_format(vm, EXC_TypeError, "%s indices must be integers or slices, not %T",
                            ba ? "bytearray" : "byte", key);
    }
    int64_t i;
    if (tpObj_as_index(vm, key, &i) < 0) {
        if (!tpErr_matches(vm, EXC_OverflowError)) {
            return -1;
        }
        tpErr_clear(vm);
        return tpErr_raise(vm, EXC_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    if (ba) {
        n = ((ObjByteArray *)AS_OBJ(self))->len; /* __index__ may have resized the bytearray */
    }
    if (i < 0) {
        i += (int64_t)n;
    }
    if (i < 0 || i >= (int64_t)n) {
        return tpErr_raise(vm, EXC_IndexError, ba ? "bytearray index out of range"
                                                  : "index out of range");
    }
    *out = i;
    return 0;
}

static int bytes_getitem(VM *vm, Value self, Value key, Value *out) {
    const uint8_t *d;
    size_t n;
    tpBytes_view(vm, self, &d, &n);
    if (IS_OBJ_TYPE(key, vm->types[TYPE_SLICE])) {
        int64_t start, stop, step, len;
        ObjSlice *sl = (ObjSlice *)AS_OBJ(key);
        if (tpSlice_indices(vm, sl, (int64_t)n, &start, &stop, &step, &len) < 0) {
            return -1;
        }
        if (step == 1 || len <= 0) {
            return make_like(vm, self, d + (len > 0 ? start : 0), len > 0 ? (size_t)len : 0, out);
        }
        uint8_t *buf = malloc((size_t)len);
        if (!buf) {
            return tpErr_no_memory(vm);
        }
        for (int64_t k = 0, i = start; k < len; k++, i += step) {
            buf[k] = d[i];
        }
        int rc = make_like(vm, self, buf, (size_t)len, out);
        free(buf);
        return rc;
    }
    int64_t i;
    if (index_key(vm, self, key, n, &i) < 0) {
        return -1;
    }
    tpBytes_view(vm, self, &d, &n); /* the buffer may have moved during __index__ */
    *out = INT_VAL(d[i]);
    return 0;
}

/* A byte value 0..255 from an int-like (ValueError "byte must be in range(0, 256)"). */
static int byte_value(VM *vm, Value v, const char *range_msg, uint8_t *out) {
    int64_t i;
    if (tpObj_as_index(vm, v, &i) < 0) {
        if (!tpErr_matches(vm, EXC_OverflowError)) {
            return -1;
        }
        tpErr_clear(vm);
        i = -1;
    }
    if (i < 0 || i > 255) {
        return tpErr_raise(vm, EXC_ValueError, range_msg);
    }
    *out = (uint8_t)i;
    return 0;
}

static int bytes_contains(VM *vm, Value self, Value x, int *out) {
    const uint8_t *d, *s;
    size_t n, m;
    tpBytes_view(vm, self, &d, &n);
    if (tpType_of(vm, x)->sl.index != NULL) {
        uint8_t c;
        if (byte_value(vm, x, "byte must be in range(0, 256)", &c) < 0) {
            return -1;
        }
        tpBytes_view(vm, self, &d, &n); /* __index__ may have resized a bytearray */
        *out = n && memchr(d, c, n) != NULL;
        return 0;
    }
    if (!tpBytes_view(vm, x, &s, &m)) {
        if (tpBuffer_error(vm, x) < 0) {
            return -1;
        }
        return tpErr_format(vm, EXC_TypeError, "a bytes-like object is required, not '%T'", x);
    }
    *out = m == 0 || (n && memmem(d, n, s, m) != NULL);
    return 0;
}

/* ==== iteration ==== */

typedef struct ObjBytesIter {
    Obj hdr;
    Value seq;               /* NULL_VAL once exhausted */
    size_t i;
} ObjBytesIter;

static int bytes_iter(VM *vm, Value self, Value *out) {
    int id = tpObj_is(vm, self, TYPE_BYTEARRAY) ? TYPE_BYTEARRAY_ITER : TYPE_BYTES_ITER;
    ObjBytesIter *it = tpGC_alloc(vm, vm->types[id], sizeof(ObjBytesIter));
    if (!it) {
        return -1;
    }
    it->seq = self;
    it->i = 0;
    *out = OBJ_VAL(it);
    return 0;
}

static void bytesit_mark(VM *vm, Obj *o) {
    tpGC_mark_value(vm, ((ObjBytesIter *)o)->seq);
}

static int bytesit_iter(VM *vm, Value self, Value *out) {
    (void)vm;
    *out = self;
    return 0;
}

static int bytesit_next(VM *vm, Value self, Value *out) {
    ObjBytesIter *it = (ObjBytesIter *)AS_OBJ(self);
    const uint8_t *d;
    size_t n;
    if (IS_NULL(it->seq)) {
        return 1;
    }
    tpBytes_view(vm, it->seq, &d, &n);
    if (it->i >= n) {
        it->seq = NULL_VAL;
        return 1;
    }
    *out = INT_VAL(d[it->i++]);
    return 0;
}

static int bytesit_length_hint(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjBytesIter *it = (ObjBytesIter *)AS_OBJ(argv[0]);
    const uint8_t *d;
    size_t n = 0;
    if (!IS_NULL(it->seq)) {
        tpBytes_view(vm, it->seq, &d, &n);
    }
    *out = INT_VAL(n > it->i ? (int64_t)(n - it->i) : 0);
    return 0;
}

/* ==== bytes(...) / bytearray(...) ==== */

/* bytearray(iterable): item by item, so that a bad value stops it early (CPython does not ask
 * for the length first, unlike bytes()). */
static int collect_ints_iter(VM *vm, Value src, const char *range_msg, StrBuf *b) {
    Value it;
    if (tpObj_iter(vm, src, &it) < 0) {
        return -1;
    }
    for (;;) {
        size_t mark = tpGC_save(vm);
        Value v;
        uint8_t c;
        int rc = tpObj_next(vm, it, &v);
        if (rc != 0) {
            return rc < 0 ? -1 : 0;
        }
        if (byte_value(vm, v, range_msg, &c) < 0 || tpBuf_putc(vm, b, (char)c) < 0) {
            return -1;
        }
        tpGC_restore(vm, mark);
    }
}

/* Collect the bytes of an iterable of ints into b (bytes(): the length is known first). */
static int collect_ints(VM *vm, Value src, const char *range_msg, StrBuf *b) {
    ObjList *l = tpSeq_list(vm, src);
    if (!l) {
        return -1;
    }
    for (size_t i = 0; i < l->len; i++) {
        uint8_t c;
        if (byte_value(vm, l->items[i], range_msg, &c) < 0 || tpBuf_putc(vm, b, (char)c) < 0) {
            return -1;
        }
    }
    return 0;
}

static int str_args(VM *vm, const char *fname, Value *a, const char **enc, const char **errors) {
    *enc = *errors = NULL;
    for (int i = 1; i <= 2; i++) {
        if (IS_NULL(a[i])) {
            continue;
        }
        if (!tpStr_check(vm, a[i])) {
            return tpErr_format(vm, EXC_TypeError, "%s() argument '%s' must be str, not %s", fname,
                                i == 1 ? "encoding" : "errors", tpArg_type_name(vm, a[i]));
        }
        if (strlen(AS_STR(a[i])->data) != AS_STR(a[i])->nbytes) {
            return tpErr_raise(vm, EXC_ValueError, "embedded null character");
        }
        *(i == 1 ? enc : errors) = AS_STR(a[i])->data;
    }
    return 0;
}

/* The contents for bytes(x, ...) / bytearray(x, ...) into buffer b. */
static int source_bytes(VM *vm, bool ba, Value *a, StrBuf *b) {
    const char *enc, *errors;
    const char *fname = ba ? "bytearray" : "bytes";
    if (str_args(vm, fname, a, &enc, &errors) < 0) {
        return -1;
    }
    Value x = a[0];
    if (!IS_NULL(x) && tpStr_check(vm, x) && !enc) {
        return tpErr_raise(vm, EXC_TypeError, "string argument without an encoding");
    }
    if (enc || errors) {
        if (IS_NULL(x) || !tpStr_check(vm, x)) {
            return tpErr_raise(vm, EXC_TypeError, enc ? "encoding without a string argument"
                                                      : "errors without a string argument");
        }
        Value r;
        if (tpStr_encode(vm, AS_STR(x), enc, errors, &r) < 0) {
            return -1;
        }
        return tpBuf_put(vm, b, (const char *)AS_BYTES(r)->data, AS_BYTES(r)->len);
    }
    if (IS_NULL(x)) {
        return 0;
    }
    if (tpStr_check(vm, x)) {
        return tpErr_raise(vm, EXC_TypeError, "string argument without an encoding");
    }
    int rc = tpBuffer_append(vm, x, b);
    if (rc != 0) {
        return rc < 0 ? -1 : 0;
    }
    ObjStr *bname = tpStr_intern_cstr(vm, "__bytes__");
    if (!ba && bname && !IS_NULL(tpType_lookup(vm, tpType_of(vm, x), bname))) {
        Value r;
        if (tpObj_call_method(vm, x, bname, 0, NULL, &r) < 0) {
            return -1;
        }
        if (!tpBytes_check(vm, r)) {
            return tpErr_format(vm, EXC_TypeError, "__bytes__ returned non-bytes (type %T)", r);
        }
        return tpBuf_put(vm, b, (const char *)AS_BYTES(r)->data, AS_BYTES(r)->len);
    }
    if (tpType_of(vm, x)->sl.index != NULL) {
        int64_t k;
        if (tpObj_as_index(vm, x, &k) < 0) {
            return -1;
        }
        if (k < 0) {
            return tpErr_raise(vm, EXC_ValueError, "negative count");
        }
        if (!ba && k > INT64_MAX - 33) { /* CPython's bytes header would overflow ssize_t */
            return tpErr_raise(vm, EXC_OverflowError, "byte string is too large");
        }
        return tpBuf_put_fill(vm, b, 0, k);
    }
    if (tpType_of(vm, x)->sl.iter == NULL &&
        IS_NULL(tpType_lookup(vm, tpType_of(vm, x), vm->names[NAME___getitem__]))) {
        return tpErr_format(vm, EXC_TypeError, "cannot convert '%T' object to %s", x,
                            ba ? "bytearray" : "bytes");
    }
    return ba ? collect_ints_iter(vm, x, "byte must be in range(0, 256)", b)
              : collect_ints(vm, x, "bytes must be in range(0, 256)", b);
}

static int new_common(VM *vm, ObjType *type, bool ba, int argc, Value *argv, ObjTuple *kwnames,
                      Value *out) {
    static const char *const names[] = {"source", "encoding", "errors"};
    Value a[3];
    if (tpArg_parse_kw(vm, ba ? "bytearray" : "bytes", argc, argv, kwnames, 3, names, 3, a) < 0) {
        return -1;
    }
    if (!ba && argc == 1 && !kwnames && IS_OBJ_TYPE(a[0], vm->types[TYPE_BYTES]) &&
        type == vm->types[TYPE_BYTES]) {
        *out = a[0];
        return 0;
    }
    StrBuf b;
    tpBuf_init(&b);
    if (source_bytes(vm, ba, a, &b) < 0) {
        tpBuf_free(&b);
        return -1;
    }
    Obj *r = ba ? (Obj *)ba_new_typed(vm, type, b.data, b.len)
                : (Obj *)bytes_new_typed(vm, type, b.data, b.len);
    tpBuf_free(&b);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int bytes_new_slot(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return new_common(vm, type, false, argc, argv, kw, out);
}

static int ba_new_slot(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return new_common(vm, type, true, argc, argv, kw, out);
}

/* ==== bytearray mutation ==== */

#define BA(v) ((ObjByteArray *)AS_OBJ(v))

/* A bytearray with live memoryviews (buffer.h) cannot change size, as in CPython. Views that
 * are no longer referenced still count until collected (CPython frees them at once), so a
 * collection runs before refusing. */
static int ba_check_resize(VM *vm, ObjByteArray *ba) {
    if (!tpBuffer_exported(ba)) {
        return 0;
    }
    tpGC_collect(vm);
    if (!tpBuffer_exported(ba)) {
        return 0;
    }
    return tpErr_raise(vm, EXC_BufferError, "Existing exports of data: object cannot be re-sized");
}

/* Replace ba[start:stop] with src[0:n] (src may alias ba's buffer: the caller copies). */
static int ba_splice(VM *vm, ObjByteArray *ba, size_t start, size_t stop, const uint8_t *src,
                     size_t n) {
    size_t old = stop - start, newlen = ba->len - old + n;
    if (newlen != ba->len && ba_check_resize(vm, ba) < 0) {
        return -1;
    }
    if (newlen > ba->len && ba_reserve(vm, ba, newlen) < 0) {
        return -1;
    }
    if (ba->data) {
        memmove(ba->data + start + n, ba->data + stop, ba->len - stop);
    }
    if (n) {
        memcpy(ba->data + start, src, n);
    }
    ba->len = newlen;
    return 0;
}

/* Bytes for a slice assignment: bytes-like or iterable of ints, copied into b. */
static int assign_source(VM *vm, Value v, StrBuf *b) {
    int rc = tpBuffer_append(vm, v, b);
    if (rc != 0) {
        return rc < 0 ? -1 : 0;
    }
    ObjType *t = tpType_of(vm, v);
    if (tpStr_check(vm, v) || t->sl.index != NULL || t->sl.iter == NULL) {
        return tpErr_raise(vm, EXC_TypeError,
                           "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    return collect_ints(vm, v, "byte must be in range(0, 256)", b);
}

/* The slice's __index__ methods may have resized the bytearray after its bounds were resolved
 * against the old length: clamp them to the current length, as CPython adjusts the indices
 * after unpacking the slice. */
static void clamp_slice(int64_t n, int64_t *start, int64_t *stop, int64_t step, int64_t *len) {
    int64_t lo = step > 0 ? 0 : -1, hi = step > 0 ? n : n - 1;
    *start = *start < lo ? lo : *start > hi ? hi : *start;
    *stop = *stop < lo ? lo : *stop > hi ? hi : *stop;
    if (step > 0) {
        *len = *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
    } else {
        *len = *stop < *start ? (*start - *stop - 1) / (-step) + 1 : 0;
    }
}

static int ba_set_slice(VM *vm, ObjByteArray *ba, ObjSlice *sl, Value v) {
    int64_t start, stop, step, len;
    int64_t before = (int64_t)ba->len;
    if (tpSlice_indices(vm, sl, before, &start, &stop, &step, &len) < 0) {
        return -1;
    }
    if ((int64_t)ba->len != before) {
        clamp_slice((int64_t)ba->len, &start, &stop, step, &len);
    }
    StrBuf b;
    tpBuf_init(&b);
    if (!IS_NULL(v) && assign_source(vm, v, &b) < 0) {
        tpBuf_free(&b);
        return -1;
    }
    int rc = 0;
    if (step == 1) {
        if (stop < start) {
            stop = start;
        }
        rc = ba_splice(vm, ba, (size_t)start, (size_t)stop, (const uint8_t *)b.data, b.len);
    } else if (IS_NULL(v) || b.len == 0) {
        /* delete an extended slice (CPython also takes assigning b"" so), compacting the
         * survivors; CPython checks for exports even when the slice is empty */
        if (ba_check_resize(vm, ba) < 0) {
            tpBuf_free(&b);
            return -1;
        }
        size_t w = 0;
        for (size_t r = 0; r < ba->len; r++) {
            bool hit = false;
            int64_t off = (int64_t)r - start;
            if (len > 0 && off % step == 0 && off / step >= 0 && off / step < len) {
                hit = true;
            }
            if (!hit) {
                ba->data[w++] = ba->data[r];
            }
        }
        ba->len = w;
    } else if ((int64_t)b.len != len) {
        rc = tpErr_format(vm, EXC_ValueError,
                          "attempt to assign bytes of size %zu to extended slice of size %lld",
                          b.len, (long long)len);
    } else {
        for (int64_t k = 0, i = start; k < len; k++, i += step) {
            ba->data[i] = (uint8_t)b.data[k];
        }
    }
    tpBuf_free(&b);
    return rc;
}

static int ba_setitem(VM *vm, Value self, Value key, Value v) {
    ObjByteArray *ba = BA(self);
    if (IS_OBJ_TYPE(key, vm->types[TYPE_SLICE])) {
        return ba_set_slice(vm, ba, (ObjSlice *)AS_OBJ(key), v);
    }
    /* the value is converted first: its __index__ may resize the bytearray (as CPython) */
    uint8_t c = 0;
    if (!IS_NULL(v) && byte_value(vm, v, "byte must be in range(0, 256)", &c) < 0) {
        return -1;
    }
    int64_t i;
    if (index_key(vm, self, key, ba->len, &i) < 0) {
        return -1;
    }
    if (IS_NULL(v)) {
        return ba_splice(vm, ba, (size_t)i, (size_t)i + 1, NULL, 0);
    }
    ba->data[i] = c;
    return 0;
}

static int ba_extend_value(VM *vm, ObjByteArray *ba, Value v) {
    StrBuf b;
    tpBuf_init(&b);
    const uint8_t *d;
    size_t n;
    int rc;
    if (tpBytes_view(vm, v, &d, &n)) {
        rc = tpBuf_put(vm, &b, (const char *)d, n);
    } else if (IS_OBJ_TYPE(v, vm->types[TYPE_MEMORYVIEW])) {   /* released or strided */
        rc = tpErr_raise(vm, EXC_TypeError, "can't set bytearray slice from memoryview");
    } else if (tpStr_check(vm, v)) {
        rc = tpErr_raise(vm, EXC_TypeError, "expected iterable of integers; got: 'str'");
    } else if (tpType_of(vm, v)->sl.iter == NULL &&
               IS_NULL(tpType_lookup(vm, tpType_of(vm, v), vm->names[NAME___getitem__]))) {
        rc = tpErr_format(vm, EXC_TypeError, "can't extend bytearray with %T", v);
    } else {
        rc = collect_ints(vm, v, "byte must be in range(0, 256)", &b);
    }
    if (rc == 0) {
        rc = ba_splice(vm, ba, ba->len, ba->len, (const uint8_t *)b.data, b.len);
    }
    tpBuf_free(&b);
    return rc;
}

static int ba_ibinop(VM *vm, Value a, Value b, int op, Value *out) {
    if (!tpByteArray_check(vm, a)) {
        *out = vm->not_implemented;
        return 0;
    }
    const uint8_t *d;
    size_t n;
    if (op == BINOP_ADD) {
        if (!tpBytes_view(vm, b, &d, &n)) {
            return tpErr_format(vm, EXC_TypeError, "can't concat %T to bytearray", b);
        }
        if (ba_extend_value(vm, BA(a), b) < 0) {
            return -1;
        }
        *out = a;
        return 0;
    }
    if (op == BINOP_MUL && tpType_of(vm, b)->sl.index != NULL) {
        Value r;
        if (repeat(vm, a, b, &r) < 0) {
            return -1;
        }
        ObjByteArray *ba = BA(a), *src = BA(r);
        if (ba_splice(vm, ba, 0, ba->len, src->data, src->len) < 0) {
            return -1;
        }
        *out = a;
        return 0;
    }
    *out = vm->not_implemented;
    return 0;
}

int tpByteArray_append(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    uint8_t c;
    if (byte_value(vm, argv[1], "byte must be in range(0, 256)", &c) < 0 ||
        ba_splice(vm, BA(argv[0]), BA(argv[0])->len, BA(argv[0])->len, &c, 1) < 0) {
        return -1;
    }
    *out = NONE_VAL;
    return 0;
}

int tpByteArray_extend(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    if (ba_extend_value(vm, BA(argv[0]), argv[1]) < 0) {
        return -1;
    }
    *out = NONE_VAL;
    return 0;
}

int tpByteArray_pop(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    ObjByteArray *ba = BA(argv[0]);
    int64_t i = -1;
    if (argc > 1 && tpSize_arg(vm, argv[1], false, &i) < 0) {
        return -1;
    }
    if (ba->len == 0) {
        return tpErr_raise(vm, EXC_IndexError, "pop from empty bytearray");
    }
    if (i < 0) {
        i += (int64_t)ba->len;
    }
    if (i < 0 || i >= (int64_t)ba->len) {
        return tpErr_raise(vm, EXC_IndexError, "pop index out of range");
    }
    *out = INT_VAL(ba->data[i]);
    return ba_splice(vm, ba, (size_t)i, (size_t)i + 1, NULL, 0);
}

int tpByteArray_insert(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjByteArray *ba = BA(argv[0]);
    int64_t i;
    uint8_t c;
    if (tpSize_arg(vm, argv[1], false, &i) < 0 ||
        byte_value(vm, argv[2], "byte must be in range(0, 256)", &c) < 0) {
        return -1;
    }
    if (i < 0) {
        i += (int64_t)ba->len;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > (int64_t)ba->len) {
        i = (int64_t)ba->len;
    }
    *out = NONE_VAL;
    return ba_splice(vm, ba, (size_t)i, (size_t)i, &c, 1);
}

int tpByteArray_remove(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjByteArray *ba = BA(argv[0]);
    uint8_t c;
    if (byte_value(vm, argv[1], "byte must be in range(0, 256)", &c) < 0) {
        return -1;
    }
    const uint8_t *p = ba->len ? memchr(ba->data, c, ba->len) : NULL;
    if (!p) {
        return tpErr_raise(vm, EXC_ValueError, "value not found in bytearray");
    }
    *out = NONE_VAL;
    return ba_splice(vm, ba, (size_t)(p - ba->data), (size_t)(p - ba->data) + 1, NULL, 0);
}

int tpByteArray_clear(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    if (BA(argv[0])->len != 0 && ba_check_resize(vm, BA(argv[0])) < 0) {
        return -1;
    }
    BA(argv[0])->len = 0;
    *out = NONE_VAL;
    return 0;
}

int tpByteArray_reverse(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)vm;
    (void)argc;
    (void)kw;
    ObjByteArray *ba = BA(argv[0]);
    for (size_t i = 0, j = ba->len; i + 1 < j; i++, j--) {
        uint8_t t = ba->data[i];
        ba->data[i] = ba->data[j - 1];
        ba->data[j - 1] = t;
    }
    *out = NONE_VAL;
    return 0;
}

int tpByteArray_copy(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjByteArray *r = tpByteArray_new(vm, BA(argv[0])->data, BA(argv[0])->len);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

/* ==== type specs ==== */

const TypeSpec tpBytes_spec = {
    .name = "bytes",
    .id = TYPE_BYTES,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjBytes),
    .flags = TPFLAG_BASETYPE,
    .slots = {
        .repr = bytes_repr,
        .str = bytes_repr,
        .hash = bytes_hash,
        .richcmp = bytes_richcmp,
        .binop = bytes_binop,
        .len = bytes_len,
        .iter = bytes_iter,
        .getitem = bytes_getitem,
        .contains = bytes_contains,
        .new_ = bytes_new_slot,
    },
    .methods = tpBytes_methods,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes",
};

const TypeSpec tpByteArray_spec = {
    .name = "bytearray",
    .id = TYPE_BYTEARRAY,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjByteArray),
    .flags = TPFLAG_BASETYPE | TPFLAG_UNHASHABLE,
    .slots = {
        .free = ba_free,
        .repr = bytes_repr,
        .str = bytes_repr,
        .richcmp = bytes_richcmp,
        .binop = bytes_binop,
        .ibinop = ba_ibinop,
        .len = bytes_len,
        .iter = bytes_iter,
        .getitem = bytes_getitem,
        .setitem = ba_setitem,
        .contains = bytes_contains,
        .new_ = ba_new_slot,
    },
    .methods = tpByteArray_methods,
    .doc = "bytearray(iterable_of_ints) -> bytearray",
};

static const MethodDef bytesit_methods[] = {
    TP_METHOD("__length_hint__", bytesit_length_hint, 0, 0),
    TP_METHOD_END,
};

#define BYTESITER_SPEC(sym, tname, tid)                                                            \
    const TypeSpec sym = {                                                                         \
        .name = tname,                                                                             \
        .id = tid,                                                                                 \
        .base = TYPE_OBJECT,                                                                       \
        .size = sizeof(ObjBytesIter),                                                              \
        .slots = {.mark = bytesit_mark, .iter = bytesit_iter, .next = bytesit_next},               \
        .methods = bytesit_methods,                                                                \
    }

BYTESITER_SPEC(tpBytesIter_spec, "bytes_iterator", TYPE_BYTES_ITER);
BYTESITER_SPEC(tpByteArrayIter_spec, "bytearray_iterator", TYPE_BYTEARRAY_ITER);
