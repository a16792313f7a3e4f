/*
 * obj_memoryview.c — the `memoryview` type and its iterator, and the buffer protocol functions
 * of buffer.h. A view is the exporter (bytes or bytearray), the byte offset of its first item, a
 * shape and strides (one dimension unless cast() gave another shape; strides are negative for
 * reversed slices) and a native struct format (B b c h H i I l L q Q n N P f d ?). Slices,
 * casts and toreadonly() are new views of the same exporter. A view of a bytearray counts as an
 * export of it until release(), the end of a `with` block, or its collection, and the bytearray
 * refuses to resize meanwhile (obj_bytes.c).
 */
#include <gmp.h>
#include <math.h>
#include <stdlib.h>

#include "bigint.h"
#include "buffer.h"
#include "runtime.h"
#include "seq.h"
#include "str_impl.h"

#define MV_MAXDIM 64

typedef struct ObjMemoryView {
    Obj hdr;
    Value obj;             /* the exporter; NULL_VAL once released */
    TpExports *exp;        /* a bytearray exporter's export count (NULL: bytes, or released) */
    int64_t *dims;         /* ndim > 1: a tpMem block of the shape then the strides; else NULL */
    int64_t dim[2];        /* ndim == 1: shape[0] and strides[0] */
    int64_t off;           /* byte offset of the first item in the exporter's data */
    int64_t nitems;        /* the product of the shape */
    int64_t hash;          /* -1: not computed yet */
    uint8_t ndim;
    uint8_t itemsize;
    char fmt;              /* the struct code */
    bool fmt_at;           /* the format was spelled with a leading '@' (cast) */
    bool readonly;
    bool released;
    bool of_bytearray;
} ObjMemoryView;

typedef struct ObjMemoryIter {
    Obj hdr;
    Value view;            /* NULL_VAL once exhausted */
    int64_t i;
} ObjMemoryIter;

#define MV(v) ((ObjMemoryView *)AS_OBJ(v))

static bool is_mv(VM *vm, Value v) {
    return IS_OBJ_TYPE(v, vm->types[TYPE_MEMORYVIEW]);
}

/* ==== formats ==== */

/* The size of a native struct code, 0 for codes a memoryview does not support. */
static int fmt_size(char f) {
    switch (f) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'P': case 'd': return 8;
    default: return 0;
    }
}

static bool fmt_unsigned(char f) {
    return f == 'B' || f == 'H' || f == 'I' || f == 'L' || f == 'Q' || f == 'N' || f == 'P';
}

static bool byte_format(char f) {
    return f == 'B' || f == 'b' || f == 'c';
}

static int unpack(VM *vm, char f, const uint8_t *p, Value *out) {
    union { int8_t i8; int16_t i16; uint16_t u16; int32_t i32; uint32_t u32; int64_t i64;
            uint64_t u64; float f32; double f64; } u;
    memcpy(&u, p, (size_t)fmt_size(f));
    switch (f) {
    case 'B': *out = INT_VAL(p[0]); break;
    case 'b': *out = INT_VAL(u.i8); break;
    case '?': *out = BOOL_VAL(p[0] != 0); break;
    case 'h': *out = INT_VAL(u.i16); break;
    case 'H': *out = INT_VAL(u.u16); break;
    case 'i': *out = INT_VAL(u.i32); break;
    case 'I': *out = INT_VAL(u.u32); break;
    case 'f': *out = FLOAT_VAL((double)u.f32); break;
    case 'd': *out = FLOAT_VAL(u.f64); break;
    case 'c': {
        ObjBytes *b = tpBytes_new(vm, p, 1);
        if (!b) {
            return -1;
        }
        *out = OBJ_VAL(b);
        break;
    }
    default:
        *out = fmt_unsigned(f) ? tpInt_from_u64(vm, u.u64) : tpInt_from_i64(vm, u.i64);
        if (IS_NULL(*out)) {
            return -1;
        }
        break;
    }
    return 0;
}

static int pack_error(VM *vm, char f, bool type_error) {
    tpErr_clear(vm);
    return tpErr_format(vm, type_error ? EXC_TypeError : EXC_ValueError,
                        "memoryview: invalid %s for format '%c'", type_error ? "type" : "value", f);
}

/* An int item as 64 bits (two's complement for the signed codes), range-checked. */
static int pack_int(VM *vm, char f, Value v, uint64_t *out) {
    Value iv;
    if (tpType_of(vm, v)->sl.index == NULL) {
        return pack_error(vm, f, true);
    }
    if (tpObj_index(vm, v, &iv) < 0) {
        return tpErr_matches(vm, EXC_TypeError) ? pack_error(vm, f, true) : -1;
    }
    BigView scratch;
    mpz_srcptr z = tpBig_view(vm, iv, &scratch);
    int size = fmt_size(f) * 8;
    if (fmt_unsigned(f)) {
        if (mpz_sgn(z) < 0 || mpz_sizeinbase(z, 2) > (size_t)size) {
            return pack_error(vm, f, false);
        }
        *out = mpz_get_ui(z);
        return 0;
    }
    if (mpz_sgn(z) != 0 && !mpz_fits_slong_p(z)) {
        return pack_error(vm, f, false);
    }
    int64_t i = mpz_get_si(z);
    if (size < 64 && (i < -((int64_t)1 << (size - 1)) || i >= ((int64_t)1 << (size - 1)))) {
        return pack_error(vm, f, false);
    }
    *out = (uint64_t)i;
    return 0;
}

static int pack(VM *vm, char f, uint8_t *p, Value v) {
    if (f == 'c') {
        if (!tpBytes_check(vm, v)) {
            return pack_error(vm, f, true);
        }
        if (AS_BYTES(v)->len != 1) {
            return pack_error(vm, f, false);
        }
        p[0] = AS_BYTES(v)->data[0];
        return 0;
    }
    if (f == '?') {
        int t;
        if (tpObj_truth(vm, v, &t) < 0) {
            return -1;
        }
        p[0] = (uint8_t)t;
        return 0;
    }
    if (f == 'f' || f == 'd') {
        double d;
        if (tpNum_as_double(vm, v, &d) < 0) {
            return pack_error(vm, f, tpErr_matches(vm, EXC_TypeError));
        }
        if (f == 'd') {
            memcpy(p, &d, 8);
            return 0;
        }
        /* as CPython: out of range gives an infinity (spelled out: the C cast would be UB) */
        float x = isfinite(d) && fabs(d) >= 0x1p128 ? copysignf(INFINITY, (float)(d > 0) - 0.5f)
                                                    : (float)d;
        memcpy(p, &x, 4);
        return 0;
    }
    uint64_t u = 0;
    if (pack_int(vm, f, v, &u) < 0) {
        return -1;
    }
    uint8_t b8 = (uint8_t)u;
    uint16_t b16 = (uint16_t)u;
    uint32_t b32 = (uint32_t)u;
    int n = fmt_size(f);
    memcpy(p, n == 1 ? (void *)&b8 : n == 2 ? (void *)&b16 : n == 4 ? (void *)&b32 : (void *)&u,
           (size_t)n);
    return 0;
}

/* ==== exports ==== */

void tpBuffer_exports_unref(VM *vm, TpExports *e) {
    if (--e->refs == 0) {
        tpMem_free(vm, e, sizeof *e);
    }
}

static int export_view(VM *vm, ObjMemoryView *m) {
    if (!m->of_bytearray) {
        return 0;
    }
    ObjByteArray *ba = (ObjByteArray *)AS_OBJ(m->obj);
    if (ba->exports == NULL) {
        ba->exports = tpMem_alloc(vm, sizeof(TpExports));
        if (!ba->exports) {
            return tpErr_no_memory(vm);
        }
        ba->exports->views = 0;
        ba->exports->refs = 1;
    }
    m->exp = ba->exports;
    m->exp->views++;
    m->exp->refs++;
    return 0;
}

static void release_view(VM *vm, ObjMemoryView *m) {
    if (m->released) {
        return;
    }
    m->released = true;
    m->obj = NULL_VAL;
    if (m->exp) {
        m->exp->views--;
        tpBuffer_exports_unref(vm, m->exp);
        m->exp = NULL;
    }
}

static void mv_free(VM *vm, Obj *o) {
    ObjMemoryView *m = (ObjMemoryView *)o;
    release_view(vm, m);
    if (m->dims) {
        tpMem_free(vm, m->dims, 2 * m->ndim * sizeof(int64_t));
        m->dims = NULL;
    }
}

static void mv_mark(VM *vm, Obj *o) {
    tpGC_mark_value(vm, ((ObjMemoryView *)o)->obj);
}

/* ==== views ==== */

static int check_live(VM *vm, ObjMemoryView *m) {
    if (m->released) {
        return tpErr_raise(vm, EXC_ValueError, "operation forbidden on released memoryview object");
    }
    return 0;
}

static int64_t *shape_of(const ObjMemoryView *m) {
    return m->dims ? m->dims : (int64_t *)m->dim;
}

static int64_t *strides_of(const ObjMemoryView *m) {
    return shape_of(m) + m->ndim;
}

/* Give m room for ndim dimensions (contents undefined). */
static int set_ndim(VM *vm, ObjMemoryView *m, int ndim) {
    int64_t *d = NULL;
    if (ndim > 1 && !(d = tpMem_alloc(vm, 2 * (size_t)ndim * sizeof(int64_t)))) {
        return tpErr_no_memory(vm);
    }
    if (m->dims) {
        tpMem_free(vm, m->dims, 2 * m->ndim * sizeof(int64_t));
    }
    m->dims = d;
    m->ndim = (uint8_t)ndim;
    return 0;
}

static void count_items(ObjMemoryView *m) {
    m->nitems = 1;
    for (int i = 0; i < m->ndim; i++) {
        m->nitems *= shape_of(m)[i];
    }
}

static const uint8_t empty_data[1];

/* The exporter's data (a bytearray's buffer cannot move while it is exported). */
static uint8_t *base_of(ObjMemoryView *m) {
    if (m->of_bytearray) {
        ObjByteArray *ba = (ObjByteArray *)AS_OBJ(m->obj);
        return ba->data ? ba->data : (uint8_t *)empty_data;
    }
    return AS_BYTES(m->obj)->data;
}

/* The k-th item in C order (Fortran order with `fortran`). */
static uint8_t *item_at(ObjMemoryView *m, int64_t k, bool fortran) {
    uint8_t *p = base_of(m) + m->off;
    const int64_t *shape = shape_of(m), *st = strides_of(m);
    if (m->ndim == 1) {
        return p + k * st[0];
    }
    for (int j = 0; j < m->ndim; j++) {
        int i = fortran ? j : m->ndim - 1 - j;
        p += (k % shape[i]) * st[i];
        k /= shape[i];
    }
    return p;
}

/* CPython's contiguity flags: a 1-D view is contiguous when its one item or its stride allows,
 * an N-D one when its strides are those of the C (or Fortran) layout or it is empty. */
static bool layout_contig(const ObjMemoryView *m, bool fortran) {
    const int64_t *shape = shape_of(m), *st = strides_of(m);
    if (m->ndim == 0) {
        return true;
    }
    if (m->ndim == 1) {
        return shape[0] == 1 || st[0] == m->itemsize;
    }
    if (m->nitems == 0) {
        return true;
    }
    int64_t sd = m->itemsize;
    for (int j = 0; j < m->ndim; j++) {
        int i = fortran ? j : m->ndim - 1 - j;
        if (shape[i] > 1 && st[i] != sd) {
            return false;
        }
        sd *= shape[i];
    }
    return true;
}

static bool c_contig(const ObjMemoryView *m) {
    return layout_contig(m, false);
}

/* A new view of the same memory as src (an export of its own). */
static ObjMemoryView *view_copy(VM *vm, ObjMemoryView *src) {
    ObjMemoryView *m = tpGC_alloc(vm, vm->types[TYPE_MEMORYVIEW], sizeof(ObjMemoryView));
    if (!m) {
        return NULL;
    }
    Obj hdr = m->hdr;
    *m = *src;
    m->hdr = hdr;
    m->exp = NULL;
    m->dims = NULL;
    m->hash = -1;
    m->released = true;   /* until it is complete: its free slot then releases nothing */
    if (src->dims) {
        size_t n = 2 * src->ndim * sizeof(int64_t);
        if (!(m->dims = tpMem_alloc(vm, n))) {
            (void)tpErr_no_memory(vm);
            return NULL;
        }
        memcpy(m->dims, src->dims, n);
    }
    if (export_view(vm, m) < 0) {
        return NULL;
    }
    m->released = false;
    return m;
}

/* memoryview(x): 1 made, 0 x provides no buffer, -1 error. */
static int view_of(VM *vm, Value x, ObjMemoryView **out) {
    if (is_mv(vm, x)) {
        if (check_live(vm, MV(x)) < 0) {
            return -1;
        }
        *out = view_copy(vm, MV(x));
        return *out ? 1 : -1;
    }
    bool ba = tpByteArray_check(vm, x);
    if (!ba && !tpBytes_check(vm, x)) {
        return 0;
    }
    int64_t n = ba ? (int64_t)((ObjByteArray *)AS_OBJ(x))->len : (int64_t)AS_BYTES(x)->len;
    ObjMemoryView tmpl = {
        .obj = x, .dim = {n, 1}, .nitems = n, .ndim = 1, .itemsize = 1, .fmt = 'B',
        .readonly = !ba, .of_bytearray = ba,
    };
    *out = view_copy(vm, &tmpl);
    return *out ? 1 : -1;
}

static int mv_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)type;
    static const char *const names[] = {"object"};
    Value a[1];
    if (tpArg_parse_kw(vm, "memoryview", argc, argv, kwnames, 1, names, 1, a) < 0) {
        return -1;
    }
    if (IS_NULL(a[0])) {
        return tpErr_raise(vm, EXC_TypeError,
                           "memoryview() missing required argument 'object' (pos 1)");
    }
    ObjMemoryView *m;
    int rc = view_of(vm, a[0], &m);
    if (rc == 0) {
        return tpErr_format(vm, EXC_TypeError,
                            "memoryview: a bytes-like object is required, not '%T'", a[0]);
    }
    if (rc < 0) {
        return -1;
    }
    *out = OBJ_VAL(m);
    return 0;
}

/* ==== the buffer protocol for C consumers (buffer.h) ==== */

bool tpMemoryView_view(VM *vm, Value v, const uint8_t **data, size_t *len) {
    (void)vm;
    ObjMemoryView *m = MV(v);
    if (m->released || !c_contig(m)) {
        *data = NULL;
        *len = 0;
        return false;
    }
    *data = m->nitems ? item_at(m, 0, false) : empty_data;
    *len = (size_t)(m->nitems * m->itemsize);
    return true;
}

/* Append the view's bytes in C (or Fortran) order. */
static int gather(VM *vm, ObjMemoryView *m, bool fortran, StrBuf *b) {
    if (m->nitems == 0) {
        return 0;
    }
    if (layout_contig(m, fortran)) {
        return tpBuf_put(vm, b, (const char *)item_at(m, 0, fortran),
                         (size_t)(m->nitems * m->itemsize));
    }
    for (int64_t i = 0; i < m->nitems; i++) {
        if (tpBuf_put(vm, b, (const char *)item_at(m, i, fortran), m->itemsize) < 0) {
            return -1;
        }
    }
    return 0;
}

int tpBuffer_append(VM *vm, Value v, StrBuf *b) {
    const uint8_t *d;
    size_t n;
    if (is_mv(vm, v)) {
        if (check_live(vm, MV(v)) < 0 || gather(vm, MV(v), false, b) < 0) {
            return -1;
        }
        return 1;
    }
    if (!tpBytes_view(vm, v, &d, &n)) {
        return 0;
    }
    return tpBuf_put(vm, b, (const char *)d, n) < 0 ? -1 : 1;
}

int tpBuffer_error(VM *vm, Value v) {
    if (!is_mv(vm, v)) {
        return 0;
    }
    if (check_live(vm, MV(v)) < 0) {
        return -1;
    }
    return tpErr_raise(vm, EXC_BufferError, "memoryview: underlying buffer is not C-contiguous");
}

int tpBuffer_writable(VM *vm, Value v, uint8_t **data, size_t *len) {
    if (tpByteArray_check(vm, v)) {
        ObjByteArray *ba = (ObjByteArray *)AS_OBJ(v);
        *data = ba->data ? ba->data : (uint8_t *)empty_data;
        *len = ba->len;
        return 1;
    }
    if (!is_mv(vm, v)) {
        return 0;
    }
    ObjMemoryView *m = MV(v);
    if (m->released || m->readonly || !c_contig(m)) {
        return 0;   /* CPython's "w*" arguments turn every refusal into their TypeError */
    }
    *data = m->nitems ? item_at(m, 0, false) : (uint8_t *)empty_data;
    *len = (size_t)(m->nitems * m->itemsize);
    return 1;
}

/* The view's contents as a bytes object. */
static ObjBytes *to_bytes(VM *vm, ObjMemoryView *m, bool fortran) {
    StrBuf b;
    tpBuf_init(&b);
    if (gather(vm, m, fortran, &b) < 0) {
        tpBuf_free(&b);
        return NULL;
    }
    ObjBytes *r = tpBytes_new(vm, b.data, b.len);
    tpBuf_free(&b);
    return r;
}

/* ==== repr, hash, comparison ==== */

static int mv_repr(VM *vm, Value self, Value *out) {
    return tpStr_printf(vm, out, MV(self)->released ? "<released memory at %p>" : "<memory at %p>",
                        (void *)AS_OBJ(self));
}

static int mv_hash(VM *vm, Value self, int64_t *out) {
    ObjMemoryView *m = MV(self);
    if (m->hash == -1) {
        if (check_live(vm, m) < 0) {
            return -1;
        }
        if (!m->readonly) {
            return tpErr_raise(vm, EXC_ValueError, "cannot hash writable memoryview object");
        }
        if (!byte_format(m->fmt)) {
            return tpErr_raise(vm, EXC_ValueError,
                               "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        int64_t h;   /* as CPython: the exporter must be hashable too (a bytearray is not) */
        if (tpObj_hash(vm, m->obj, &h) < 0) {
            return -1;
        }
        ObjBytes *b = to_bytes(vm, m, false);
        if (!b) {
            return -1;
        }
        m->hash = tpHash_bytes(vm, b->data, b->len);
    }
    *out = m->hash;
    return 0;
}

/* The comparable shape of an operand of ==: a view, or the bytes of a bytes-like. */
static bool cmp_operand(VM *vm, Value v, ObjMemoryView *tmp, ObjMemoryView **out) {
    if (is_mv(vm, v)) {
        *out = MV(v);
        return true;
    }
    const uint8_t *d;
    size_t n;
    if (!tpBytes_view(vm, v, &d, &n)) {
        return false;
    }
    memset(tmp, 0, sizeof *tmp);
    tmp->obj = v;
    tmp->of_bytearray = tpByteArray_check(vm, v);
    tmp->ndim = 1;
    tmp->dim[0] = tmp->nitems = (int64_t)n;
    tmp->dim[1] = tmp->itemsize = 1;
    tmp->fmt = 'B';
    *out = tmp;
    return true;
}

/* Same number of dimensions and sizes (sizes after an empty dimension do not matter). */
static bool same_shape(const ObjMemoryView *x, const ObjMemoryView *y) {
    if (x->ndim != y->ndim) {
        return false;
    }
    for (int i = 0; i < x->ndim; i++) {
        if (shape_of(x)[i] != shape_of(y)[i]) {
            return false;
        }
        if (shape_of(x)[i] == 0) {
            break;
        }
    }
    return true;
}

static int items_equal(VM *vm, ObjMemoryView *x, ObjMemoryView *y, bool *eq) {
    *eq = same_shape(x, y);
    bool raw = x->fmt == y->fmt && x->fmt != 'f' && x->fmt != 'd' && x->fmt != '?';
    for (int64_t i = 0; i < x->nitems && *eq; i++) {
        uint8_t *p = item_at(x, i, false), *q = item_at(y, i, false);
        if (raw) {
            *eq = memcmp(p, q, x->itemsize) == 0;
            continue;
        }
        Value a, b;
        int r;
        if (unpack(vm, x->fmt, p, &a) < 0 || unpack(vm, y->fmt, q, &b) < 0 ||
            tpObj_richcmp_bool(vm, a, b, CMP_EQ, &r) < 0) {   /* ==, not identity: NaN */
            return -1;
        }
        *eq = r != 0;
    }
    return 0;
}

static int mv_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    ObjMemoryView ta, tb, *x, *y;
    if ((op != CMP_EQ && op != CMP_NE) || !cmp_operand(vm, a, &ta, &x) ||
        !cmp_operand(vm, b, &tb, &y)) {
        *out = vm->not_implemented;
        return 0;
    }
    bool eq;
    if (x->released || y->released) {
        eq = a == b;
    } else if (items_equal(vm, x, y, &eq) < 0) {
        return -1;
    }
    *out = BOOL_VAL(eq == (op == CMP_EQ));
    return 0;
}

/* ==== item access ==== */

static int mv_len(VM *vm, Value self, int64_t *out) {
    ObjMemoryView *m = MV(self);
    if (check_live(vm, m) < 0) {
        return -1;
    }
    *out = m->ndim == 0 ? 1 : shape_of(m)[0];
    return 0;
}

/* An index key as a C integer (IndexError when it does not fit). */
static int as_index(VM *vm, Value key, int64_t *i) {
    if (tpObj_as_index(vm, key, i) < 0) {
        if (!tpErr_matches(vm, EXC_OverflowError)) {
            return -1;
        }
        tpErr_clear(vm);
        return tpErr_raise(vm, EXC_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    return 0;
}

/* p moved to index `key` of dimension d; IndexError when out of bounds. */
static int index_dim(VM *vm, ObjMemoryView *m, int d, Value key, uint8_t **p) {
    int64_t i;
    if (as_index(vm, key, &i) < 0) {
        return -1;
    }
    if (check_live(vm, m) < 0) {   /* __index__ may have released the view */
        return -1;
    }
    int64_t n = shape_of(m)[d];
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        return tpErr_format(vm, EXC_IndexError, "index out of bounds on dimension %d", d + 1);
    }
    *p += i * strides_of(m)[d];
    return 0;
}

enum { KEY_OTHER, KEY_INDEXES, KEY_SLICES };

/* What a tuple key holds: only indexes, only slices, or anything else. */
static int tuple_kind(VM *vm, Value key) {
    if (!IS_OBJ_TYPE(key, vm->types[TYPE_TUPLE])) {
        return KEY_OTHER;
    }
    ObjTuple *t = (ObjTuple *)AS_OBJ(key);
    bool indexes = true, slices = true;
    for (size_t k = 0; k < t->len; k++) {
        indexes = indexes && tpType_of(vm, t->items[k])->sl.index != NULL;
        slices = slices && IS_OBJ_TYPE(t->items[k], vm->types[TYPE_SLICE]);
    }
    return indexes ? KEY_INDEXES : slices ? KEY_SLICES : KEY_OTHER;
}

/* The item a tuple of ndim indexes designates. */
static int item_of_tuple(VM *vm, ObjMemoryView *m, ObjTuple *t, uint8_t **p) {
    if (t->len < m->ndim) {
        return tpErr_raise(vm, EXC_NotImplementedError, "sub-views are not implemented");
    }
    if (t->len > m->ndim) {
        return tpErr_format(vm, EXC_TypeError,
                            "cannot index %d-dimension view with %zu-element tuple", m->ndim,
                            t->len);
    }
    *p = base_of(m) + m->off;
    for (int d = 0; d < m->ndim; d++) {
        if (index_dim(vm, m, d, t->items[d], p) < 0) {
            return -1;
        }
    }
    return 0;
}

static int slice_view(VM *vm, ObjMemoryView *m, ObjSlice *sl, Value *out) {
    int64_t start, stop, step, len;
    if (tpSlice_indices(vm, sl, shape_of(m)[0], &start, &stop, &step, &len) < 0 ||
        check_live(vm, m) < 0) {
        return -1;
    }
    ObjMemoryView *r = view_copy(vm, m);
    if (!r) {
        return -1;
    }
    r->off = m->off + start * strides_of(m)[0];
    shape_of(r)[0] = len > 0 ? len : 0;
    strides_of(r)[0] = strides_of(m)[0] * step;
    count_items(r);
    *out = OBJ_VAL(r);
    return 0;
}

static int getitem_0dim(VM *vm, Value self, Value key, Value *out) {
    ObjMemoryView *m = MV(self);
    if (IS_OBJ_TYPE(key, vm->types[TYPE_TUPLE]) && ((ObjTuple *)AS_OBJ(key))->len == 0) {
        return unpack(vm, m->fmt, base_of(m) + m->off, out);
    }
    if (IS_OBJ_TYPE(key, vm->types[TYPE_ELLIPSIS])) {
        *out = self;
        return 0;
    }
    return tpErr_raise(vm, EXC_TypeError, "invalid indexing of 0-dim memory");
}

static int mv_getitem(VM *vm, Value self, Value key, Value *out) {
    ObjMemoryView *m = MV(self);
    if (check_live(vm, m) < 0) {
        return -1;
    }
    if (m->ndim == 0) {
        return getitem_0dim(vm, self, key, out);
    }
    uint8_t *p = base_of(m) + m->off;
    if (tpType_of(vm, key)->sl.index != NULL) {
        if (m->ndim > 1) {
            int64_t i;   /* the index is converted first, as CPython */
            if (as_index(vm, key, &i) < 0) {
                return -1;
            }
            return tpErr_raise(vm, EXC_NotImplementedError,
                               "multi-dimensional sub-views are not implemented");
        }
        if (index_dim(vm, m, 0, key, &p) < 0) {
            return -1;
        }
        return unpack(vm, m->fmt, p, out);
    }
    if (IS_OBJ_TYPE(key, vm->types[TYPE_SLICE])) {
        return slice_view(vm, m, (ObjSlice *)AS_OBJ(key), out);
    }
    switch (tuple_kind(vm, key)) {
    case KEY_INDEXES:
        if (item_of_tuple(vm, m, (ObjTuple *)AS_OBJ(key), &p) < 0) {
            return -1;
        }
        return unpack(vm, m->fmt, p, out);
    case KEY_SLICES:
        return tpErr_raise(vm, EXC_NotImplementedError,
                           "multi-dimensional slicing is not implemented");
    default:
        return tpErr_raise(vm, EXC_TypeError, "memoryview: invalid slice key");
    }
}

/* m[a:b:c] = value (one dimension): value must be a buffer of the same format and shape. */
static int set_slice(VM *vm, ObjMemoryView *m, ObjSlice *sl, Value v) {
    ObjMemoryView tmp, *src;
    if (!cmp_operand(vm, v, &tmp, &src)) {
        if (tpBuffer_error(vm, v) < 0) {
            return -1;
        }
        return tpErr_format(vm, EXC_TypeError, "a bytes-like object is required, not '%T'", v);
    }
    int64_t start, stop, step, len;
    if (check_live(vm, src) < 0 ||
        tpSlice_indices(vm, sl, shape_of(m)[0], &start, &stop, &step, &len) < 0 ||
        check_live(vm, m) < 0 || check_live(vm, src) < 0) {
        return -1;
    }
    if (len < 0) {
        len = 0;
    }
    if (src->fmt != m->fmt || src->ndim != 1 || shape_of(src)[0] != len) {
        return tpErr_raise(vm, EXC_ValueError,
                           "memoryview assignment: lvalue and rvalue have different structures");
    }
    /* copy through a buffer: the source may overlap the destination */
    StrBuf b;
    tpBuf_init(&b);
    if (gather(vm, src, false, &b) < 0) {
        tpBuf_free(&b);
        return -1;
    }
    uint8_t *p = base_of(m) + m->off + start * strides_of(m)[0];
    for (int64_t k = 0; k < len; k++) {
        memcpy(p + k * step * strides_of(m)[0], b.data + k * m->itemsize, m->itemsize);
    }
    tpBuf_free(&b);
    return 0;
}

/* Where `m[key] = v` stores, for the keys that name one item; 0 found, 1 other key, -1 error. */
static int store_target(VM *vm, ObjMemoryView *m, Value key, uint8_t **p) {
    *p = base_of(m) + m->off;
    if (m->ndim == 0) {
        if (IS_OBJ_TYPE(key, vm->types[TYPE_ELLIPSIS]) ||
            (IS_OBJ_TYPE(key, vm->types[TYPE_TUPLE]) && ((ObjTuple *)AS_OBJ(key))->len == 0)) {
            return 0;
        }
        return tpErr_raise(vm, EXC_TypeError, "invalid indexing of 0-dim memory");
    }
    if (tpType_of(vm, key)->sl.index != NULL) {
        if (m->ndim > 1) {
            return tpErr_raise(vm, EXC_NotImplementedError, "sub-views are not implemented");
        }
        return index_dim(vm, m, 0, key, p);
    }
    if (tuple_kind(vm, key) == KEY_INDEXES) {
        return item_of_tuple(vm, m, (ObjTuple *)AS_OBJ(key), p);
    }
    return 1;
}

static int mv_setitem(VM *vm, Value self, Value key, Value v) {
    ObjMemoryView *m = MV(self);
    if (check_live(vm, m) < 0) {
        return -1;
    }
    if (m->readonly) {
        return tpErr_raise(vm, EXC_TypeError, "cannot modify read-only memory");
    }
    if (IS_NULL(v)) {
        return tpErr_raise(vm, EXC_TypeError, "cannot delete memory");
    }
    if (m->ndim == 1 && IS_OBJ_TYPE(key, vm->types[TYPE_SLICE])) {
        return set_slice(vm, m, (ObjSlice *)AS_OBJ(key), v);
    }
    uint8_t *p;
    int rc = store_target(vm, m, key, &p);
    if (rc <= 0) {
        return rc < 0 ? -1 : pack(vm, m->fmt, p, v);
    }
    if (IS_OBJ_TYPE(key, vm->types[TYPE_SLICE]) || tuple_kind(vm, key) == KEY_SLICES) {
        return tpErr_raise(vm, EXC_NotImplementedError,
                           "memoryview slice assignments are currently restricted to ndim = 1");
    }
    return tpErr_raise(vm, EXC_TypeError, "memoryview: invalid slice key");
}

/* ==== iteration ==== */

static int mv_iter(VM *vm, Value self, Value *out) {
    ObjMemoryView *m = MV(self);
    if (check_live(vm, m) < 0) {
        return -1;
    }
    if (m->ndim == 0) {
        return tpErr_raise(vm, EXC_TypeError, "invalid indexing of 0-dim memory");
    }
    if (m->ndim > 1) {
        return tpErr_raise(vm, EXC_NotImplementedError,
                           "multi-dimensional sub-views are not implemented");
    }
    ObjMemoryIter *it = tpGC_alloc(vm, vm->types[TYPE_MEMORYVIEW_ITER], sizeof(ObjMemoryIter));
    if (!it) {
        return -1;
    }
    it->view = self;
    *out = OBJ_VAL(it);
    return 0;
}

static void mvit_mark(VM *vm, Obj *o) {
    tpGC_mark_value(vm, ((ObjMemoryIter *)o)->view);
}

static int mvit_next(VM *vm, Value self, Value *out) {
    ObjMemoryIter *it = (ObjMemoryIter *)AS_OBJ(self);
    if (IS_NULL(it->view)) {
        return 1;
    }
    ObjMemoryView *m = MV(it->view);
    if (check_live(vm, m) < 0) {
        return -1;
    }
    if (it->i >= m->nitems) {
        it->view = NULL_VAL;
        return 1;
    }
    return unpack(vm, m->fmt, item_at(m, it->i++, false), out);
}

/* ==== methods ==== */

static int mv_tobytes(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"order"};
    Value a[1];
    ObjMemoryView *m = MV(argv[0]);
    if (tpArg_parse_kw(vm, "tobytes", argc - 1, argv + 1, kwnames, 1, names, 1, a) < 0 ||
        check_live(vm, m) < 0) {
        return -1;
    }
    char order = 'C';
    if (!IS_NULL(a[0]) && !IS_NONE(a[0])) {
        if (!tpStr_check(vm, a[0])) {
            return tpErr_format(vm, EXC_TypeError,
                                "tobytes() argument 'order' must be str or None, not %T", a[0]);
        }
        ObjStr *s = AS_STR(a[0]);
        if (s->nbytes != 1 || !strchr("CFA", s->data[0])) {
            return tpErr_raise(vm, EXC_ValueError, "order must be 'C', 'F' or 'A'");
        }
        order = s->data[0];
    }
    bool fortran = order == 'F' || (order == 'A' && !c_contig(m) && layout_contig(m, true));
    ObjBytes *b = to_bytes(vm, m, fortran && m->ndim > 1);
    if (!b) {
        return -1;
    }
    *out = OBJ_VAL(b);
    return 0;
}

/* The items below dimension d from p, as nested lists. */
static int list_dim(VM *vm, ObjMemoryView *m, int d, uint8_t *p, Value *out) {
    if (d == m->ndim) {
        return unpack(vm, m->fmt, p, out);
    }
    int64_t n = shape_of(m)[d];
    ObjList *l = tpList_new(vm, (size_t)n);
    if (!l) {
        return -1;
    }
    for (int64_t i = 0; i < n; i++) {
        Value v;
        if (list_dim(vm, m, d + 1, p + i * strides_of(m)[d], &v) < 0 ||
            tpList_append(vm, l, v) < 0) {
            return -1;
        }
    }
    *out = OBJ_VAL(l);
    return 0;
}

static int mv_tolist(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjMemoryView *m = MV(argv[0]);
    if (check_live(vm, m) < 0) {
        return -1;
    }
    return list_dim(vm, m, 0, base_of(m) + m->off, out);
}

static int mv_hex(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    if (check_live(vm, MV(argv[0])) < 0) {
        return -1;
    }
    ObjBytes *b = to_bytes(vm, MV(argv[0]), false);
    if (!b) {
        return -1;
    }
    argv[0] = OBJ_VAL(b);
    return tpBytes_hex(vm, argc, argv, kwnames, out);
}

static int mv_release(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    release_view(vm, MV(argv[0]));
    *out = NONE_VAL;
    return 0;
}

static int mv_enter(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    if (check_live(vm, MV(argv[0])) < 0) {
        return -1;
    }
    *out = argv[0];
    return 0;
}

static int mv_toreadonly(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    if (check_live(vm, MV(argv[0])) < 0) {
        return -1;
    }
    ObjMemoryView *r = view_copy(vm, MV(argv[0]));
    if (!r) {
        return -1;
    }
    r->readonly = true;
    *out = OBJ_VAL(r);
    return 0;
}

/* ==== cast ==== */

static size_t seq_len(VM *vm, Value v, Value **items) {
    if (IS_OBJ_TYPE(v, vm->types[TYPE_LIST])) {
        *items = ((ObjList *)AS_OBJ(v))->items;
        return ((ObjList *)AS_OBJ(v))->len;
    }
    *items = ((ObjTuple *)AS_OBJ(v))->items;
    return ((ObjTuple *)AS_OBJ(v))->len;
}

/* The checks CPython makes before looking at the format. */
static int cast_precheck(VM *vm, ObjMemoryView *m, Value shape) {
    if (!c_contig(m)) {
        return tpErr_raise(vm, EXC_TypeError,
                           "memoryview: casts are restricted to C-contiguous views");
    }
    bool zero = false;
    for (int i = 0; i < m->ndim; i++) {
        zero = zero || shape_of(m)[i] == 0;
    }
    if ((!IS_NULL(shape) || m->ndim != 1) && zero) {
        return tpErr_raise(vm, EXC_TypeError,
                           "memoryview: cannot cast view with zeros in shape or strides");
    }
    if (IS_NULL(shape)) {
        return 0;
    }
    if (!IS_OBJ_TYPE(shape, vm->types[TYPE_LIST]) && !IS_OBJ_TYPE(shape, vm->types[TYPE_TUPLE])) {
        return tpErr_raise(vm, EXC_TypeError, "shape must be a list or a tuple");
    }
    Value *items;
    size_t n = seq_len(vm, shape, &items);
    if (n > MV_MAXDIM) {
        return tpErr_raise(vm, EXC_ValueError,
                           "memoryview: number of dimensions must not exceed 64");
    }
    if (m->ndim != 1 && n != 1) {
        return tpErr_raise(vm, EXC_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    return 0;
}

/* The struct code of a cast's format (with its optional '@'); 0 with the error raised. */
static char cast_format(VM *vm, ObjStr *f, bool *at) {
    if (!f->ascii) {
        Value r;   /* CPython encodes the format to ASCII first: UnicodeEncodeError */
        if (tpStr_encode(vm, f, "ascii", NULL, &r) < 0) {
            return 0;
        }
    }
    *at = f->nbytes == 2 && f->data[0] == '@';
    char code = f->nbytes == 1 ? f->data[0] : *at ? f->data[1] : 0;
    if (fmt_size(code) == 0) {
        tpErr_raise(vm, EXC_ValueError, "memoryview: destination format must be a native "
                                        "single character format prefixed with an optional '@'");
        return 0;
    }
    return code;
}

/* Lay r out with the requested shape (C order), checking it as CPython does. */
static int cast_to_shape(VM *vm, ObjMemoryView *r, Value shape, int64_t nbytes) {
    Value *items;
    size_t n = seq_len(vm, shape, &items);
    int64_t dims[MV_MAXDIM], len = r->itemsize;
    for (size_t i = 0; i < n; i++) {
        if (!tpInt_check(vm, items[i])) {
            return tpErr_raise(vm, EXC_TypeError,
                               "memoryview.cast(): elements of shape must be integers");
        }
        if (tpInt_as_i64(vm, items[i], &dims[i]) < 0) {
            tpErr_clear(vm);
            return tpErr_raise(vm, EXC_OverflowError,
                               "Python int too large to convert to C ssize_t");
        }
        if (dims[i] <= 0) {
            return tpErr_raise(vm, EXC_ValueError,
                               "memoryview.cast(): elements of shape must be integers > 0");
        }
        if (dims[i] > INT64_MAX / len) {
            return tpErr_raise(vm, EXC_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
        }
        len *= dims[i];
    }
    if (len != nbytes) {
        return tpErr_raise(vm, EXC_TypeError,
                           "memoryview: product(shape) * itemsize != buffer size");
    }
    if (set_ndim(vm, r, (int)n) < 0) {
        return -1;
    }
    int64_t stride = r->itemsize;
    for (size_t i = n; i-- > 0;) {
        shape_of(r)[i] = dims[i];
        strides_of(r)[i] = stride;
        stride *= dims[i];
    }
    count_items(r);
    return 0;
}

static int mv_cast(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"format", "shape"};
    Value a[2];
    if (tpArg_parse_kw(vm, "cast", argc - 1, argv + 1, kwnames, 2, names, 2, a) < 0) {
        return -1;
    }
    if (IS_NULL(a[0])) {
        return tpErr_raise(vm, EXC_TypeError, "cast() missing required argument 'format' (pos 1)");
    }
    if (!tpStr_check(vm, a[0])) {
        return tpErr_format(vm, EXC_TypeError, "cast() argument 'format' must be str, not %s",
                            tpArg_type_name(vm, a[0]));
    }
    ObjMemoryView *m = MV(argv[0]);
    bool at;
    char code;
    if (check_live(vm, m) < 0 || cast_precheck(vm, m, a[1]) < 0 ||
        !(code = cast_format(vm, AS_STR(a[0]), &at))) {
        return -1;
    }
    int size = fmt_size(code);
    if (!byte_format(m->fmt) && !byte_format(code)) {
        return tpErr_raise(vm, EXC_TypeError,
                           "memoryview: cannot cast between two non-byte formats");
    }
    int64_t nbytes = m->nitems * m->itemsize;
    if (nbytes % size != 0) {
        return tpErr_raise(vm, EXC_TypeError, "memoryview: length is not a multiple of itemsize");
    }
    ObjMemoryView *r = view_copy(vm, m);
    if (!r || set_ndim(vm, r, 1) < 0) {
        return -1;
    }
    r->off = m->nitems ? item_at(m, 0, false) - base_of(m) : m->off;
    r->fmt = code;
    r->fmt_at = at;
    r->itemsize = (uint8_t)size;
    shape_of(r)[0] = r->nitems = nbytes / size;
    strides_of(r)[0] = size;
    if (!IS_NULL(a[1]) && cast_to_shape(vm, r, a[1], nbytes) < 0) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

/* ==== attributes ==== */

#define GETTER(name, expr)                                                                         \
    static int name(VM *vm, Value self, Value *out) {                                              \
        ObjMemoryView *m = MV(self);                                                               \
        if (check_live(vm, m) < 0) {                                                               \
            return -1;                                                                             \
        }                                                                                          \
        *out = (expr);                                                                             \
        return 0;                                                                                  \
    }

GETTER(mv_obj, m->obj)
GETTER(mv_nbytes, INT_VAL(m->nitems * m->itemsize))
GETTER(mv_readonly, BOOL_VAL(m->readonly))
GETTER(mv_itemsize, INT_VAL(m->itemsize))
GETTER(mv_ndim, INT_VAL(m->ndim))
GETTER(mv_c_contig, BOOL_VAL(c_contig(m)))
GETTER(mv_f_contig, BOOL_VAL(layout_contig(m, true)))
GETTER(mv_contig, BOOL_VAL(c_contig(m) || layout_contig(m, true)))

static int int_tuple(VM *vm, const int64_t *v, int n, Value *out) {
    ObjTuple *t = tpTuple_new(vm, (size_t)n);
    if (!t) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        t->items[i] = INT_VAL(v[i]);
    }
    *out = OBJ_VAL(t);
    return 0;
}

static int mv_shape(VM *vm, Value self, Value *out) {
    ObjMemoryView *m = MV(self);
    return check_live(vm, m) < 0 ? -1 : int_tuple(vm, shape_of(m), m->ndim, out);
}

static int mv_strides(VM *vm, Value self, Value *out) {
    ObjMemoryView *m = MV(self);
    return check_live(vm, m) < 0 ? -1 : int_tuple(vm, strides_of(m), m->ndim, out);
}

static int mv_suboffsets(VM *vm, Value self, Value *out) {
    return check_live(vm, MV(self)) < 0 ? -1 : int_tuple(vm, NULL, 0, out);
}

static int mv_format(VM *vm, Value self, Value *out) {
    ObjMemoryView *m = MV(self);
    if (check_live(vm, m) < 0) {
        return -1;
    }
    char f[3] = {'@', m->fmt, 0};
    ObjStr *s = tpStr_new(vm, m->fmt_at ? f : f + 1, m->fmt_at ? 2 : 1);
    if (!s) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

/* ==== type specs ==== */

static const MethodDef mv_methods[] = {
    TP_METHOD_KW("tobytes", mv_tobytes, 0, 1),
    TP_METHOD("tolist", mv_tolist, 0, 0),
    TP_METHOD_KW("hex", mv_hex, 0, 2),
    TP_METHOD("release", mv_release, 0, 0),
    TP_METHOD_KW("cast", mv_cast, 0, 2),
    TP_METHOD("toreadonly", mv_toreadonly, 0, 0),
    TP_METHOD("__enter__", mv_enter, 0, 0),
    TP_METHOD("__exit__", mv_release, 0, -1),
    TP_METHOD_END,
};

static const GetSetDef mv_getsets[] = {
    {"obj", mv_obj, NULL, NULL},
    {"nbytes", mv_nbytes, NULL, NULL},
    {"readonly", mv_readonly, NULL, NULL},
    {"itemsize", mv_itemsize, NULL, NULL},
    {"format", mv_format, NULL, NULL},
    {"ndim", mv_ndim, NULL, NULL},
    {"shape", mv_shape, NULL, NULL},
    {"strides", mv_strides, NULL, NULL},
    {"suboffsets", mv_suboffsets, NULL, NULL},
    {"c_contiguous", mv_c_contig, NULL, NULL},
    {"f_contiguous", mv_f_contig, NULL, NULL},
    {"contiguous", mv_contig, NULL, NULL},
    TP_GETSET_END,
};

const TypeSpec tpMemoryView_spec = {
    .name = "memoryview",
    .id = TYPE_MEMORYVIEW,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjMemoryView),
    .slots = {
        .mark = mv_mark,
        .free = mv_free,
        .repr = mv_repr,
        .hash = mv_hash,
        .richcmp = mv_richcmp,
        .len = mv_len,
        .iter = mv_iter,
        .getitem = mv_getitem,
        .setitem = mv_setitem,
        .new_ = mv_new,
    },
    .methods = mv_methods,
    .getsets = mv_getsets,
    .doc = "Create a new memoryview object which references the given object.",
};

const TypeSpec tpMemoryViewIter_spec = {
    .name = "memory_iterator",
    .id = TYPE_MEMORYVIEW_ITER,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjMemoryIter),
    .slots = {.mark = mvit_mark, .iter = tpSeq_iter_self, .next = mvit_next},
};
