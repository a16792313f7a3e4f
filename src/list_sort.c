/*
 * list_sort.c — list.sort(): a stable natural merge sort.
 *
 * One pass over the keys first finds what they all are (small ints, floats, exact strs, tuples
 * whose first or first two items are of one such kind), and a copy of the sort specialised for
 * that kind runs, its comparison inlined; parts of the keys are cached in columns that move with
 * them (str prefixes, tuple items), so the key objects are read only on ties.
 * When the comparisons may run Python code, the list is detached while sorting (its buffer is
 * taken away and it looks empty), so that code that mutates the list is detected afterwards
 * ("list modified during sort") without ever touching freed memory; the items, their keys and
 * the merge buffers are then private tuples, which keeps every value reachable for the GC.
 * Keys that compare without running code (or allocating) are sorted in place with malloc'd
 * buffers. Runs already in order (or strictly descending, reversed in place) are found first,
 * short ones are extended by binary insertion, then runs are merged pairwise. 256+ keys that
 * are small ints, short strs or pairs of those take a stable radix sort instead (same result).
 */
#include <math.h>

#include "seq.h"
#include "cstack.h"
#include "signals.h"

/* What every key of one sort is, found by one pass before sorting (CPython's sort makes the
 * same kind of pre-check): the comparisons then skip the type dispatch. Keys cannot change
 * type during the sort (they are private, and ints/floats/strs/tuples are immutable). */
enum {
    K_GENERIC, /* anything: the full protocol per comparison */
    K_INT,     /* small ints (bigints are ObjInt, hence generic) */
    K_FLOAT,   /* floats (subclasses are objects, hence generic) */
    K_STR,     /* exact strs; column F0 holds their prefixes */
    K_TUPLE1,  /* exact non-empty tuples whose first items are of kind Sorter.first (int, float
                * or str), cached in column F0 */
    K_TUPLE2,  /* the same, and every key has a second item, all of kind Sorter.second: F1 */
    K_PAIR,    /* K_TUPLE2 where every key has exactly two items: F0 and F1 decide */
};

/* The kinds whose comparisons never run Python code, raise or allocate: their sorts need no
 * GC-visible buffers and cannot be disturbed, so they answer signals afterwards, as CPython. */
static inline bool pure_kind(int kind) {
    return kind == K_INT || kind == K_FLOAT || kind == K_STR || kind == K_PAIR;
}

/* A row of the sort is one item and what its comparisons read; the columns move together.
 * The key tuples would otherwise be read at every comparison: a cache miss each on a big
 * heap, most of the time of a sort by `key=lambda r: (r.a, r.b)`. A str is represented by
 * its prefix (below), an int or a float by itself. */
enum { C_KEY, C_VAL, C_F0, C_F1, NCOL };

typedef struct Sorter {
    VM *vm;
    Value *col[NCOL];        /* C_VAL is NULL when the keys are the items (no key function) */
    Value *tmp[NCOL];        /* merge buffers (C_KEY/C_VAL: see sort_rows) */
    int first, second;       /* K_TUPLE1/2: the kinds of the first and second items */
    bool short0, short1;     /* F0 / F1 hold prefixes of strs all under 8 bytes (exact) */
} Sorter;

typedef struct Row {
    Value key, f0, f1;
} Row;

#define SORT_INLINE static inline __attribute__((always_inline))

/* Byte order of UTF-8 is code point order, so strs compare as their bytes. */
static bool str_lt(ObjStr *a, ObjStr *b) {
    size_t n = a->nbytes < b->nbytes ? a->nbytes : b->nbytes;
    int c = memcmp(a->data, b->data, n);
    return c < 0 || (c == 0 && a->nbytes < b->nbytes);
}

/* The first 7 bytes of a str, big-endian, zero-padded, then min(length, 8) in the low byte.
 * For two strs, prefix(a) < prefix(b) implies a < b: where the 7-byte parts differ, a padding
 * zero is below any byte, and where it meets a byte of the other str, a is a prefix of it;
 * where they are equal, the shorter str (the lower length byte) is a prefix of the other.
 * Equal prefixes with a length byte below 8 mean equal strs; with 8, the bytes decide. */
static Value str_prefix(ObjStr *s) {
    uint64_t p = s->nbytes < 8 ? s->nbytes : 8;
    size_t n = s->nbytes < 7 ? s->nbytes : 7;
    for (size_t i = 0; i < n; i++) {
        p |= (uint64_t)(unsigned char)s->data[i] << (56 - 8 * i);
    }
    return p;
}

/* a < b for the key types that compare without running Python code (int/int, float/float,
 * exact str/str): 1 or 0, or -1 when the pair is of another kind. */
static inline int scalar_lt(VM *vm, Value a, Value b) {
    if (IS_INT(a) && IS_INT(b)) {
        return AS_INT(a) < AS_INT(b);
    }
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        return AS_FLOAT(a) < AS_FLOAT(b);
    }
    ObjType *st = vm->types[TYPE_STR];
    if (IS_OBJ(a) && IS_OBJ(b) && AS_OBJ(a)->type == st && AS_OBJ(b)->type == st) {
        return str_lt(AS_STR(a), AS_STR(b));
    }
    return -1;
}

/* a == b for the same kinds, given a and b are not the same Value: 1, 0, or -1 (other kind).
 * Small ints are normalised, so two different int Values are never equal. */
static inline int scalar_eq_distinct(VM *vm, Value a, Value b) {
    if (IS_INT(a) && IS_INT(b)) {
        return 0;
    }
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        return AS_FLOAT(a) == AS_FLOAT(b);
    }
    ObjType *st = vm->types[TYPE_STR];
    if (IS_OBJ(a) && IS_OBJ(b) && AS_OBJ(a)->type == st && AS_OBJ(b)->type == st) {
        return tpStr_eq(AS_STR(a), AS_STR(b));
    }
    return -1;
}

static int generic_lt(VM *vm, Value a, Value b, int *out) {
    /* Two keys of one type are compared through the type's slot directly, as CPython's sort
     * does for a list of one type: no level of recursion; anything else (or NotImplemented)
     * through the full protocol, one level " in comparison". */
    ObjType *t = tpType_of(vm, a);
    if (t == tpType_of(vm, b) && t->sl.richcmp != NULL) {
        Value r;
        if (tpC_check_stack(vm) < 0 || t->sl.richcmp(vm, a, b, CMP_LT, &r) < 0) {
            return -1;
        }
        if (r != vm->not_implemented) {
            return tpObj_truth(vm, r, out);
        }
    }
    return tpObj_richcmp_bool(vm, a, b, CMP_LT, out);
}

/* Two exact tuples from item `from` on, as tuple.__lt__ compares them (identity, then == item
 * by item, then < on the first differing pair) while the items are ints, floats or strs; the
 * full protocol on the tuples from the first item of another kind. */
static int tuple_lt(VM *vm, Value va, Value vb, size_t from, int *out) {
    ObjTuple *a = AS_TUPLE(va), *b = AS_TUPLE(vb);
    size_t n = a->len < b->len ? a->len : b->len;
    for (size_t i = from; i < n; i++) {
        Value x = a->items[i], y = b->items[i];
        if (x == y) {
            continue;
        }
        int eq = scalar_eq_distinct(vm, x, y);
        if (eq < 0) {
            return generic_lt(vm, va, vb, out);
        }
        if (!eq) {
            *out = scalar_lt(vm, x, y);
            return 0;
        }
    }
    *out = a->len < b->len;
    return 0;
}

/* Any two keys (K_GENERIC). */
static int any_lt(VM *vm, Value a, Value b, int *out) {
    int lt = scalar_lt(vm, a, b);
    if (lt >= 0) {
        *out = lt;
        return 0;
    }
    if (IS_OBJ(a) && IS_OBJ(b) && AS_OBJ(a)->type == vm->types[TYPE_TUPLE] &&
        AS_OBJ(b)->type == vm->types[TYPE_TUPLE]) {
        return tuple_lt(vm, a, b, 0, out);
    }
    return generic_lt(vm, a, b, out);
}

/* The outcome of comparing one part of two keys: a < b, not (a < b) although a != b, a == b,
 * or (strs) equal prefixes: the strs themselves decide. */
enum { R_GE = 0, R_LT = 1, R_EQ = 2, R_TIE = 3 };

/* Two cached parts of kind k (see Row). Floats: identical Values or == means equal (NaN is
 * unequal to everything but itself, then never less), as tuple.__lt__ decides. */
SORT_INLINE int part_cmp(int k, Value a, Value b) {
    switch (k) {
    case K_INT:
        return a == b ? R_EQ : AS_INT(a) < AS_INT(b);
    case K_FLOAT:
        return a == b || AS_FLOAT(a) == AS_FLOAT(b) ? R_EQ : AS_FLOAT(a) < AS_FLOAT(b);
    default:
        return a != b ? a < b : (a & 0xff) < 8 ? R_EQ : R_TIE;
    }
}

/* Two strs with equal prefixes. */
static int str_tie(Value x, Value y) {
    if (x == y || tpStr_eq(AS_STR(x), AS_STR(y))) {
        return R_EQ;
    }
    return str_lt(AS_STR(x), AS_STR(y));
}

/* Two K_TUPLE1/2 keys: the cached items first; the tuples are read only on ties. */
SORT_INLINE int tuple_rows_lt(Sorter *s, int kind, Row a, Row b, int *out) {
    int r = part_cmp(s->first, a.f0, b.f0);
    if (r == R_TIE) {
        r = str_tie(AS_TUPLE(a.key)->items[0], AS_TUPLE(b.key)->items[0]);
    }
    if (r != R_EQ) {
        *out = r;
        return 0;
    }
    if (kind == K_TUPLE1) {
        return tuple_lt(s->vm, a.key, b.key, 1, out);
    }
    if (kind == K_PAIR && s->second == K_INT) {
        /* the commonest pair, (int, int): its last test without a call */
        *out = a.f1 != b.f1 && AS_INT(a.f1) < AS_INT(b.f1);
        return 0;
    }
    r = part_cmp(s->second, a.f1, b.f1);
    if (r == R_TIE) {
        r = str_tie(AS_TUPLE(a.key)->items[1], AS_TUPLE(b.key)->items[1]);
    }
    if (r != R_EQ) {
        *out = r;
        return 0;
    }
    if (kind == K_PAIR) {
        *out = 0;
        return 0;
    }
    return tuple_lt(s->vm, a.key, b.key, 2, out);
}

/* The comparison of a sort whose keys are all of `kind`. Inlined with a constant kind into
 * each specialised copy of the sort below, so the dispatch disappears. A long sort must still
 * answer Ctrl-C: one load per comparison when no signal is pending. */
SORT_INLINE int sort_lt(Sorter *s, int kind, Row a, Row b, int *out) {
    if (!pure_kind(kind) && tpSignal_check(s->vm) < 0) {
        return -1;
    }
    switch (kind) {
    case K_INT:
        *out = AS_INT(a.key) < AS_INT(b.key);
        return 0;
    case K_FLOAT:
        *out = AS_FLOAT(a.key) < AS_FLOAT(b.key);
        return 0;
    case K_STR: {
        int r = part_cmp(K_STR, a.f0, b.f0);
        if (r == R_TIE) {
            r = str_tie(a.key, b.key);
        }
        *out = r == R_LT;
        return 0;
    }
    case K_TUPLE1:
    case K_TUPLE2:
    case K_PAIR:
        return tuple_rows_lt(s, kind, a, b, out);
    default:
        return any_lt(s->vm, a.key, b.key, out);
    }
}

/* Which columns a sort of `kind` moves. */
SORT_INLINE bool col_used(int kind, bool with_vals, int c) {
    switch (c) {
    case C_KEY:
        return true;
    case C_VAL:
        return with_vals;
    case C_F0:
        return kind == K_STR || kind == K_TUPLE1 || kind == K_TUPLE2 || kind == K_PAIR;
    default:
        return kind == K_TUPLE2 || kind == K_PAIR;
    }
}

SORT_INLINE Row row_at(int kind, Value *const *cols, size_t i) {
    Row r = {cols[C_KEY][i], 0, 0};
    if (col_used(kind, false, C_F0)) {
        r.f0 = cols[C_F0][i];
    }
    if (col_used(kind, false, C_F1)) {
        r.f1 = cols[C_F1][i];
    }
    return r;
}

static void reverse_range(Value *a, size_t lo, size_t hi) {
    if (a == NULL) {
        return;
    }
    for (; lo + 1 < hi; lo++, hi--) {
        Value t = a[lo];
        a[lo] = a[hi - 1];
        a[hi - 1] = t;
    }
}

/* [lo, start) is sorted; insert each of [start, hi) into place. */
SORT_INLINE int binary_insertion(Sorter *s, int kind, bool wv, size_t lo, size_t start,
                                 size_t hi) {
    for (size_t p = start; p < hi; p++) {
        Row pivot = row_at(kind, s->col, p);
        size_t l = lo, r = p;
        while (l < r) {
            size_t m = l + (r - l) / 2;
            int lt;
            if (sort_lt(s, kind, pivot, row_at(kind, s->col, m), &lt) < 0) {
                return -1;
            }
            if (lt) {
                r = m;
            } else {
                l = m + 1;
            }
        }
        for (int c = 0; c < NCOL; c++) {
            if (col_used(kind, wv, c)) {
                Value *a = s->col[c], pv = a[p];
                memmove(a + l + 1, a + l, (p - l) * sizeof(Value));
                a[l] = pv;
            }
        }
    }
    return 0;
}

/* The minimum run length: runs shorter than this are extended by insertion. As CPython's
 * (so short lists are sorted by the same comparisons): n itself below 64, else a length in
 * [32, 64] that makes n / length close to, and not above, a power of two. */
static size_t min_run(size_t n) {
    size_t low = 0;
    while (n >= 64) {
        low |= n & 1;
        n >>= 1;
    }
    return n + low;
}

/* Find the run starting at lo (reversing a strictly descending one) and extend it to `minrun`
 * items by insertion. Stores its end in *end. */
SORT_INLINE int next_run(Sorter *s, int kind, bool wv, size_t lo, size_t n, size_t minrun,
                         size_t *end) {
    size_t hi = lo + 1;
    if (hi < n) {
        int lt;
        if (sort_lt(s, kind, row_at(kind, s->col, hi), row_at(kind, s->col, lo), &lt) < 0) {
            return -1;
        }
        hi++;
        while (hi < n) {
            int lt2;
            if (sort_lt(s, kind, row_at(kind, s->col, hi), row_at(kind, s->col, hi - 1),
                        &lt2) < 0) {
                return -1;
            }
            if (lt2 != lt) {
                break;
            }
            hi++;
        }
        for (int c = 0; lt && c < NCOL; c++) {
            if (col_used(kind, wv, c)) {
                reverse_range(s->col[c], lo, hi);
            }
        }
    }
    size_t want = lo + minrun < n ? lo + minrun : n;
    if (hi < want) {
        if (binary_insertion(s, kind, wv, lo, hi, want) < 0) {
            return -1;
        }
        hi = want;
    }
    *end = hi;
    return 0;
}

/* Merge the sorted ranges [lo, mid) and [mid, hi). On error every item is still present. */
SORT_INLINE int merge(Sorter *s, int kind, bool wv, size_t lo, size_t mid, size_t hi) {
    /* already in order (a presorted or nearly sorted list): nothing to move */
    int lt;
    if (sort_lt(s, kind, row_at(kind, s->col, mid), row_at(kind, s->col, mid - 1), &lt) < 0) {
        return -1;
    }
    if (!lt) {
        return 0;
    }
    size_t nl = mid - lo;
    for (int c = 0; c < NCOL; c++) {
        if (col_used(kind, wv, c)) {
            memcpy(s->tmp[c], s->col[c] + lo, nl * sizeof(Value));
        }
    }
    size_t i = 0, j = mid, k = lo;
    int rc = 0;
    while (i < nl && j < hi) {
        if (sort_lt(s, kind, row_at(kind, s->col, j), row_at(kind, s->tmp, i), &lt) < 0) {
            rc = -1;
            break;
        }
        /* a mask rather than a branch: on random keys a branch would be mispredicted half of
         * the time (the compiler turns a ?: back into one) */
        uint64_t right = (uint64_t)0 - (uint64_t)lt;
        for (int c = 0; c < NCOL; c++) {
            if (col_used(kind, wv, c)) {
                s->col[c][k] = (s->col[c][j] & right) | (s->tmp[c][i] & ~right);
            }
        }
        j += (size_t)lt;
        i += (size_t)(1 - lt);
        k++;
    }
    /* the rest of the left run fills exactly the hole before j */
    for (int c = 0; c < NCOL; c++) {
        if (col_used(kind, wv, c)) {
            memcpy(s->col[c] + k, s->tmp[c] + i, (nl - i) * sizeof(Value));
        }
    }
    return rc;
}

/* Split [0, n) into runs; (*boundsp)[0..*nrunsp] are their limits. */
SORT_INLINE int find_runs(Sorter *s, int kind, bool wv, size_t n, size_t **boundsp,
                          size_t *capp, size_t *nrunsp) {
    size_t nruns = 0, minrun = min_run(n);
    int rc = 0;
    for (size_t lo = 0; lo < n;) {
        size_t end;
        if (next_run(s, kind, wv, lo, n, minrun, &end) < 0) {
            rc = -1;
            break;
        }
        if (nruns + 1 >= *capp) {
            size_t cap = *capp;
            size_t *nb = tpMem_realloc(s->vm, *boundsp, (cap + 1) * sizeof(size_t),
                                       (cap * 2 + 1) * sizeof(size_t));
            if (nb == NULL) {
                rc = -1;
                break;
            }
            *boundsp = nb;
            *capp = cap * 2;
        }
        (*boundsp)[++nruns] = end;
        lo = end;
    }
    *nrunsp = nruns;
    return rc;
}

SORT_INLINE int merge_sort(Sorter *s, int kind, bool wv, size_t n) {
    VM *vm = s->vm;
    size_t nruns = 0, cap = n / 32 + 2;
    size_t *bounds = tpMem_alloc(vm, (cap + 1) * sizeof(size_t));
    if (bounds == NULL) {
        return -1;
    }
    bounds[0] = 0;
    int rc = find_runs(s, kind, wv, n, &bounds, &cap, &nruns);
    while (rc == 0 && nruns > 1) {
        size_t w = 0;
        for (size_t r = 0; r < nruns; r += 2) {
            if (r + 1 < nruns && rc == 0) {
                rc = merge(s, kind, wv, bounds[r], bounds[r + 1], bounds[r + 2]);
                bounds[++w] = bounds[r + 2];
            } else {
                bounds[++w] = bounds[r + 1];
            }
        }
        nruns = w;
    }
    tpMem_free(vm, bounds, (cap + 1) * sizeof(size_t));
    return rc;
}

/* One copy of the sort per kind of key and presence of items, its comparison inlined. */
#define SORT_COPY(name, kind)                                                                  \
    static int name(Sorter *s, size_t n) {                                                     \
        return s->col[C_VAL] != NULL ? merge_sort(s, kind, true, n)                            \
                                     : merge_sort(s, kind, false, n);                          \
    }
SORT_COPY(sort_generic, K_GENERIC)
SORT_COPY(sort_ints, K_INT)
SORT_COPY(sort_floats, K_FLOAT)
SORT_COPY(sort_strs, K_STR)
SORT_COPY(sort_tuples1, K_TUPLE1)
SORT_COPY(sort_tuples2, K_TUPLE2)
SORT_COPY(sort_pairs, K_PAIR)

/* The kind of a key, or of an item of a tuple key (no tuples then). */
static int kind_of(VM *vm, Value v, bool item) {
    if (IS_INT(v)) {
        return K_INT;
    }
    if (IS_FLOAT(v)) {
        return K_FLOAT;
    }
    if (IS_OBJ(v)) {
        ObjType *t = AS_OBJ(v)->type;
        if (t == vm->types[TYPE_STR]) {
            return K_STR;
        }
        if (!item && t == vm->types[TYPE_TUPLE] && AS_TUPLE(v)->len > 0) {
            return K_TUPLE1;
        }
    }
    return K_GENERIC;
}

/* The kind shared by the items `idx` of the n tuple keys (K_GENERIC: not one, or some key is
 * too short). */
static int item_kind(Sorter *s, size_t n, size_t idx) {
    Value *keys = s->col[C_KEY];
    if (AS_TUPLE(keys[0])->len <= idx) {
        return K_GENERIC;
    }
    int k = kind_of(s->vm, AS_TUPLE(keys[0])->items[idx], true);
    for (size_t i = 1; i < n && k != K_GENERIC; i++) {
        ObjTuple *t = AS_TUPLE(keys[i]);
        if (t->len <= idx || kind_of(s->vm, t->items[idx], true) != k) {
            k = K_GENERIC;
        }
    }
    return k;
}

/* The kind of the whole sort (n >= 1 keys); sets first/second for tuples. */
static int classify(Sorter *s, size_t n) {
    Value *keys = s->col[C_KEY];
    int kind = kind_of(s->vm, keys[0], false);
    for (size_t i = 1; i < n && kind != K_GENERIC; i++) {
        if (kind_of(s->vm, keys[i], false) != kind) {
            kind = K_GENERIC;
        }
    }
    if (kind != K_TUPLE1) {
        return kind;
    }
    s->first = item_kind(s, n, 0);
    if (s->first == K_GENERIC) {
        return K_GENERIC;
    }
    s->second = item_kind(s, n, 1);
    if (s->second == K_GENERIC) {
        return K_TUPLE1;
    }
    for (size_t i = 0; i < n; i++) {
        if (AS_TUPLE(keys[i])->len != 2) {
            return K_TUPLE2;
        }
    }
    return K_PAIR;
}

/* What column F0/F1 holds for a part of kind k. */
static Value cached_part(int k, Value v) {
    return k == K_STR ? str_prefix(AS_STR(v)) : v;
}

static int ncache_of(int kind) {
    return kind == K_TUPLE2 || kind == K_PAIR ? 2 : kind == K_TUPLE1 || kind == K_STR ? 1 : 0;
}

/* Fill the cache columns of n rows from `space` (2 * ncache_of(kind) * n Values). They hold
 * immediates and prefixes, never pointers the GC must see: the objects are held by the keys. */
static void fill_cache(Sorter *s, int kind, size_t n, Value *space) {
    int ncache = ncache_of(kind);
    Value *keys = s->col[C_KEY];
    uint64_t lens = 0;   /* the length bytes of the str prefixes, or'ed */
    if (ncache >= 1) {
        s->col[C_F0] = space;
        s->tmp[C_F0] = space + n;
        for (size_t i = 0; i < n; i++) {
            Value p = kind == K_STR ? cached_part(K_STR, keys[i])
                                    : cached_part(s->first, AS_TUPLE(keys[i])->items[0]);
            s->col[C_F0][i] = p;
            lens |= p;
        }
        s->short0 = (kind == K_STR || s->first == K_STR) && (lens & 8) == 0;
    }
    lens = 0;
    if (ncache == 2) {
        s->col[C_F1] = space + 2 * n;
        s->tmp[C_F1] = space + 3 * n;
        for (size_t i = 0; i < n; i++) {
            Value p = cached_part(s->second, AS_TUPLE(keys[i])->items[1]);
            s->col[C_F1][i] = p;
            lens |= p;
        }
        s->short1 = s->second == K_STR && (lens & 8) == 0;
    }
}

/* ==== small ints, short strs, floats: a stable LSD radix sort ====
 * A stable sort by a total order has one result, so for ints, strs under 8 bytes (whose
 * prefixes are exact: equal prefixes, equal strs), floats without NaN, and pairs of those, a
 * radix sort gives exactly what the merge sort gives, with no comparisons: a few counting
 * passes of RADIX_BITS-bit digits of (key - min) instead of ~log2(n) mispredicted merge
 * levels. Each column value is first mapped to a uint64 in the same order (radix_map). */
#define RADIX_BITS 11
#define RADIX_MIN 256 /* below this, merging is as quick */

enum { RX_NONE, RX_INT, RX_PREFIX, RX_FLOAT };

static inline uint64_t radix_map(int mode, Value v) {
    const uint64_t top = (uint64_t)1 << 63;
    if (mode == RX_INT) {
        return (uint64_t)AS_INT(v) ^ top;
    }
    if (mode == RX_PREFIX) {
        return v;
    }
    /* a float's bits, flipped so that unsigned order is numeric order; -0.0 == 0.0 */
    double d = AS_FLOAT(v);
    uint64_t bits;
    if (d == 0) {
        return top;
    }
    memcpy(&bits, &d, sizeof bits);
    return (bits & top) ? ~bits : bits | top;
}

/* One stable counting pass: the rows ordered by one digit of column `by`, moved from s->col to
 * s->tmp, then the two swapped. Skipped when every row has the same digit. */
static void radix_pass(Sorter *s, const int *used, int nused, int by, int mode, uint64_t lo,
                       unsigned shift, size_t n) {
    size_t count[1u << RADIX_BITS] = {0};
    const uint64_t mask = (1u << RADIX_BITS) - 1;
    Value *key = s->col[by];
    for (size_t i = 0; i < n; i++) {
        count[((radix_map(mode, key[i]) - lo) >> shift) & mask]++;
    }
    size_t total = 0;
    for (size_t d = 0; d <= mask; d++) {
        if (count[d] == n) {
            return;
        }
        size_t c = count[d];
        count[d] = total;
        total += c;
    }
    for (size_t i = 0; i < n; i++) {
        size_t p = count[((radix_map(mode, key[i]) - lo) >> shift) & mask]++;
        for (int c = 0; c < nused; c++) {
            s->tmp[used[c]][p] = s->col[used[c]][i];
        }
    }
    for (int c = 0; c < nused; c++) {
        Value *t = s->col[used[c]];
        s->col[used[c]] = s->tmp[used[c]];
        s->tmp[used[c]] = t;
    }
}

/* All the passes over column `by`, least significant digit first, over the bits in which its
 * mapped values differ from their minimum. */
static void radix_column(Sorter *s, const int *used, int nused, int by, int mode, size_t n) {
    Value *col = s->col[by];
    uint64_t lo = radix_map(mode, col[0]), hi = lo;
    for (size_t i = 1; i < n; i++) {
        uint64_t u = radix_map(mode, col[i]);
        lo = u < lo ? u : lo;
        hi = u > hi ? u : hi;
    }
    uint64_t range = hi - lo;
    for (unsigned shift = 0; shift < 64 && (range >> shift) != 0; shift += RADIX_BITS) {
        radix_pass(s, used, nused, by, mode, lo, shift, n);
    }
}

/* How column c of a sort of `kind` is radix-sorted: RX_NONE when its values are not a total
 * order the mapping keeps (strs of 8+ bytes, a NaN). */
static int radix_mode(Sorter *s, int kind, int c, size_t n) {
    int k = c == C_KEY ? kind : c == C_F0 ? (kind == K_STR ? K_STR : s->first) : s->second;
    switch (k) {
    case K_INT:
        return RX_INT;
    case K_STR:
        return (c == C_F1 ? s->short1 : s->short0) ? RX_PREFIX : RX_NONE;
    case K_FLOAT:
        for (size_t i = 0; i < n; i++) {
            if (isnan(AS_FLOAT(s->col[c][i]))) {
                return RX_NONE;
            }
        }
        return RX_FLOAT;
    default:
        return RX_NONE;
    }
}

/* Whether a sort of n rows of `kind` is done by radix_sort; sets the modes of its columns
 * (*m0: the key or F0, *m1: F1). */
static bool radix_fits(Sorter *s, int kind, size_t n, int *m0, int *m1) {
    if (n < RADIX_MIN) {
        return false;
    }
    switch (kind) {
    case K_INT:
    case K_FLOAT:
        return (*m0 = radix_mode(s, kind, C_KEY, n)) != RX_NONE;
    case K_STR:
        return (*m0 = radix_mode(s, kind, C_F0, n)) != RX_NONE;
    case K_PAIR:
        return (*m0 = radix_mode(s, kind, C_F0, n)) != RX_NONE &&
               (*m1 = radix_mode(s, kind, C_F1, n)) != RX_NONE;
    default:
        return false;
    }
}

/* K_INT, K_FLOAT, K_STR by prefix, or K_PAIR (by the second item, then the first: stable, so
 * lexicographic). */
static int radix_sort(Sorter *s, int kind, size_t n, int m0, int m1) {
    int used[NCOL], nused = 0;
    Value *orig[NCOL];
    for (int c = 0; c < NCOL; c++) {
        orig[c] = s->col[c];
        if (col_used(kind, s->col[C_VAL] != NULL, c)) {
            used[nused++] = c;
        }
    }
    if (kind == K_PAIR) {
        radix_column(s, used, nused, C_F1, m1, n);
        radix_column(s, used, nused, C_F0, m0, n);
    } else {
        radix_column(s, used, nused, kind == K_STR ? C_F0 : C_KEY, m0, n);
    }
    /* an odd number of passes leaves the rows in the buffers */
    for (int c = 0; c < nused; c++) {
        int k = used[c];
        if (s->col[k] != orig[k]) {
            memcpy(orig[k], s->col[k], n * sizeof(Value));
            s->tmp[k] = s->col[k];
            s->col[k] = orig[k];
        }
    }
    return 0;
}

static int sort_by_kind(Sorter *s, int kind, size_t n) {
    int m0 = RX_NONE, m1 = RX_NONE;
    if (radix_fits(s, kind, n, &m0, &m1)) {
        return radix_sort(s, kind, n, m0, m1);
    }
    switch (kind) {
    case K_INT:
        return sort_ints(s, n);
    case K_FLOAT:
        return sort_floats(s, n);
    case K_STR:
        return sort_strs(s, n);
    case K_TUPLE1:
        return sort_tuples1(s, n);
    case K_TUPLE2:
        return sort_tuples2(s, n);
    case K_PAIR:
        return sort_pairs(s, n);
    default:
        return sort_generic(s, n);
    }
}

/* Sort the n >= 2 rows of s (keys, and items when there is a key function), keys all of
 * `kind`. The cache columns and, for pure kinds, the merge buffers are one malloc'd block;
 * otherwise the key/item merge buffers are tuples, as the GC must see every item a merge moved
 * out while a comparison runs Python code. */
static int sort_rows(Sorter *s, int kind, size_t n, bool reverse) {
    VM *vm = s->vm;
    bool wv = s->col[C_VAL] != NULL, pure = pure_kind(kind);
    size_t ncols = 2 * (size_t)ncache_of(kind) + (pure ? 1 + wv : 0);
    size_t bytes = ncols * n * sizeof(Value);
    Value *block = NULL;
    if (ncols > 0 && (block = tpMem_alloc(vm, bytes)) == NULL) {
        return -1;
    }
    Value *space = block;
    if (pure) {
        s->tmp[C_KEY] = space;
        s->tmp[C_VAL] = wv ? space + n : NULL;
        space += (1 + wv) * n;
    } else {
        ObjTuple *tk = tpTuple_new(vm, n), *tv = wv ? tpTuple_new(vm, n) : NULL;
        if (tk == NULL || (wv && tv == NULL)) {
            tpMem_free(vm, block, bytes);
            return -1;
        }
        s->tmp[C_KEY] = tk->items;
        s->tmp[C_VAL] = tv ? tv->items : NULL;
    }
    /* reversing before and after keeps equal items in their original order */
    if (reverse) {
        reverse_range(s->col[C_KEY], 0, n);
        reverse_range(s->col[C_VAL], 0, n);
    }
    fill_cache(s, kind, n, space);
    int rc = sort_by_kind(s, kind, n);
    if (reverse) {
        reverse_range(s->col[C_KEY], 0, n);
        reverse_range(s->col[C_VAL], 0, n);
    }
    tpMem_free(vm, block, bytes);
    return rc;
}

static int compute_keys(VM *vm, Value key, ObjTuple *vals, ObjTuple *keys) {
    for (size_t i = 0; i < vals->len; i++) {
        Value k;
        /* a Python key function costs its frame only, a built-in one a level (tpObj_call) */
        if (tpSignal_check(vm) < 0) {
            return -1;
        }
        if (tpObj_call(vm, key, 1, &vals->items[i], NULL, &k) < 0) {
            return -1;
        }
        keys->items[i] = k;
    }
    return 0;
}

static int sort_items(VM *vm, ObjTuple *vals, Value key, bool reverse) {
    size_t n = vals->len;
    Sorter s = {.vm = vm, .col = {vals->items, NULL, NULL, NULL}};
    if (!IS_NONE(key) && !IS_NULL(key)) {
        ObjTuple *keys = tpTuple_new(vm, n);
        if (keys == NULL || compute_keys(vm, key, vals, keys) < 0) {
            return -1;
        }
        s.col[C_KEY] = keys->items;
        s.col[C_VAL] = vals->items;
    }
    if (n < 2) {
        return 0;
    }
    return sort_rows(&s, classify(&s, n), n, reverse);
}

int tpList_sort(VM *vm, ObjList *l, Value key, bool reverse) {
    size_t n = l->len;
    if (n == 0) {
        return 0;
    }
    if ((IS_NONE(key) || IS_NULL(key)) && n >= 2) {
        /* keys that compare without running code are sorted in place: nothing can see the
         * list or collect meanwhile */
        Sorter s = {.vm = vm, .col = {l->items, NULL, NULL, NULL}};
        int kind = classify(&s, n);
        if (pure_kind(kind)) {
            tpGC_list_moved(l, 0);   /* the items move (gc.c: a remembered list's range) */
            return sort_rows(&s, kind, n, reverse);
        }
    }
    ObjTuple *vals = tpTuple_from(vm, n, l->items);
    if (vals == NULL) {
        return -1;
    }
    Value *saved = l->items;
    size_t saved_cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    int rc = sort_items(vm, vals, key, reverse);
    bool modified = l->items != NULL || l->len != 0;
    tpMem_free(vm, l->items, l->cap * sizeof(Value));
    l->items = saved;
    l->cap = saved_cap;
    l->len = n;
    memcpy(l->items, vals->items, n * sizeof(Value));
    tpGC_barrier_list(vm, l, 0);
    if (rc == 0 && modified) {
        return tpErr_raise(vm, EXC_ValueError, "list modified during sort");
    }
    return rc;
}
