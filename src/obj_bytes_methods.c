/*
 * obj_bytes_methods.c — the methods shared by bytes and bytearray (tpBytes_methods and
 * tpByteArray_methods, which adds the mutators from obj_bytes.c): decode, hex/fromhex, join,
 * split family, strip family, searching, replace, ASCII case mapping and predicates, padding,
 * partition, expandtabs, translate/maketrans. Results have the type of self (bytes or bytearray).
 */
#include <stdlib.h>

#include "buffer.h"
#include "runtime.h"
#include "size_check.h"
#include "str_impl.h"

#define VIEW(v, d, n) tpBytes_view(vm, (v), &(d), &(n))

static int make_like(VM *vm, Value self, const void *d, size_t n, Value *out) {
    if (!tpByteArray_check(vm, self) && IS_OBJ_TYPE(self, vm->types[TYPE_BYTES]) &&
        n == AS_BYTES(self)->len && d == AS_BYTES(self)->data) {
        *out = self;   /* unchanged exact bytes: share it */
        return 0;
    }
    Obj *r = tpByteArray_check(vm, self) ? (Obj *)tpByteArray_new(vm, d, n)
                                         : (Obj *)tpBytes_new(vm, d, n);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int finish_like(VM *vm, Value self, StrBuf *b, Value *out) {
    int rc = make_like(vm, self, b->data ? b->data : "", b->len, out);
    tpBuf_free(b);
    return rc;
}

static int need_bytes(VM *vm, Value v, const uint8_t **d, size_t *n) {
    if (!tpBytes_view(vm, v, d, n)) {
        if (tpBuffer_error(vm, v) < 0) {
            return -1;
        }
        return tpErr_format(vm, EXC_TypeError, "a bytes-like object is required, not '%T'", v);
    }
    return 0;
}

static bool is_ws(uint8_t c) {
    return c == ' ' || (c >= 9 && c <= 13);
}

static bool is_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool is_digit(uint8_t c) { return c >= '0' && c <= '9'; }

static const uint8_t *rmem(const uint8_t *h, size_t n, const uint8_t *nd, size_t m) {
    if (m > n) {
        return NULL;
    }
    for (size_t i = n - m + 1; i-- > 0;) {
        if (memcmp(h + i, nd, m) == 0) {
            return h + i;
        }
    }
    return NULL;
}

static const uint8_t *fmem(const uint8_t *h, size_t n, const uint8_t *nd, size_t m) {
    if (m == 0) {
        return h;
    }
    return n ? memmem(h, n, nd, m) : NULL;
}

/* ==== decode, hex, fromhex ==== */

static int b_decode(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (tpArg_parse_kw(vm, "decode", argc - 1, argv + 1, kwnames, 2, names, 2, a) < 0) {
        return -1;
    }
    const char *cs[2] = {NULL, NULL};
    for (int i = 0; i < 2; i++) {
        if (IS_NULL(a[i])) {
            continue;
        }
        if (!tpStr_check(vm, a[i])) {
            return tpErr_format(vm, EXC_TypeError, "decode() argument '%s' must be str, not %s",
                                names[i], tpArg_type_name(vm, a[i]));
        }
        if (strlen(AS_STR(a[i])->data) != AS_STR(a[i])->nbytes) {
            return tpErr_raise(vm, EXC_ValueError, "embedded null character");
        }
        cs[i] = AS_STR(a[i])->data;
    }
    const uint8_t *d;
    size_t n;
    VIEW(argv[0], d, n);
    ObjStr *s = tpBytes_decode(vm, d, n, cs[0], cs[1]);
    if (!s) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

/* CPython takes len(sep) first, then requires a str or bytes of one ASCII character. */
static int hex_sep(VM *vm, Value v, char *sep) {
    int64_t n;
    if (tpObj_len(vm, v, &n) < 0) {
        return -1;
    }
    if (n != 1) {
        return tpErr_raise(vm, EXC_ValueError, "sep must be length 1.");
    }
    if (tpStr_check(vm, v)) {
        if (!AS_STR(v)->ascii) {
            return tpErr_raise(vm, EXC_ValueError, "sep must be ASCII.");
        }
        *sep = AS_STR(v)->data[0];
        return 0;
    }
    if (tpBytes_check(vm, v)) {
        *sep = (char)AS_BYTES(v)->data[0];
        return 0;
    }
    return tpErr_format(vm, EXC_TypeError, "sep must be str or bytes.");
}

int tpBytes_hex(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    static const char digits[] = "0123456789abcdef";
    Value a[2];
    if (tpArg_parse_kw(vm, "hex", argc - 1, argv + 1, kwnames, 2, names, 2, a) < 0) {
        return -1;
    }
    char sep = 0;
    int64_t group = 1;
    if (!IS_NULL(a[0]) && hex_sep(vm, a[0], &sep) < 0) {
        return -1;
    }
    if (!IS_NULL(a[1]) && tpSize_arg(vm, a[1], true, &group) < 0) {
        return -1;
    }
    const uint8_t *d;
    size_t n;
    VIEW(argv[0], d, n);
    StrBuf b;
    tpBuf_init(&b);
    size_t g = (size_t)(group < 0 ? -group : group);
    for (size_t i = 0; i < n; i++) {
        bool boundary = sep && g && i > 0 &&
                        (group > 0 ? (n - i) % g == 0 : i % g == 0);
        char two[2] = {digits[d[i] >> 4], digits[d[i] & 15]};
        if ((boundary && tpBuf_putc(vm, &b, sep) < 0) || tpBuf_put(vm, &b, two, 2) < 0) {
            tpBuf_free(&b);
            return -1;
        }
    }
    ObjStr *s = tpBuf_finish(vm, &b);
    if (!s) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

static size_t count_pos(ObjStr *s, size_t off) {
    size_t k = 0;
    for (size_t i = 0; i < off; i++) {
        k += ((uint8_t)s->data[i] & 0xC0) != 0x80;
    }
    return k;
}

static int b_fromhex(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    Value s = argv[1];
    if (!tpStr_check(vm, s)) {
        return tpErr_format(vm, EXC_TypeError, "fromhex() argument must be str, not %s",
                            tpArg_type_name(vm, s));
    }
    ObjStr *str = AS_STR(s);
    StrBuf b;
    tpBuf_init(&b);
    size_t i = 0, n = str->nbytes;
    const char *p = str->data;
    while (i < n) {
        if (is_ws((uint8_t)p[i])) {
            i++;
            continue;
        }
        int hi = hexval(p[i]), lo = i + 1 < n ? hexval(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            tpBuf_free(&b);
            size_t pos = (size_t)count_pos(str, hi < 0 ? i : i + 1);
            return tpErr_format(
                vm, EXC_ValueError,
                "non-hexadecimal number found in fromhex() arg at position %zu", pos);
        }
        if (tpBuf_putc(vm, &b, (char)(hi * 16 + lo)) < 0) {
            tpBuf_free(&b);
            return -1;
        }
        i += 2;
    }
    bool ba = IS_OBJ(argv[0]) && tpType_is_subtype(AS_TYPE(argv[0]), vm->types[TYPE_BYTEARRAY]);
    Obj *r = ba ? (Obj *)tpByteArray_new(vm, b.data, b.len) : (Obj *)tpBytes_new(vm, b.data, b.len);
    tpBuf_free(&b);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    ObjType *cls = AS_TYPE(argv[0]);
    if (cls != vm->types[TYPE_BYTES] && cls != vm->types[TYPE_BYTEARRAY]) {
        return tpObj_call(vm, argv[0], 1, out, NULL, out);
    }
    return 0;
}

/* ==== join ==== */

static int b_join(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    const uint8_t *sep, *d;
    size_t nsep, n;
    ObjType *it = tpType_of(vm, argv[1]);
    if (it->sl.iter == NULL && IS_NULL(tpType_lookup(vm, it, vm->names[NAME___getitem__]))) {
        return tpErr_raise(vm, EXC_TypeError, "can only join an iterable");
    }
    ObjList *l = tpSeq_list(vm, argv[1]);
    if (!l) {
        return -1;
    }
    StrBuf b;
    tpBuf_init(&b);
    for (size_t i = 0; i < l->len; i++) {
        if (!tpBytes_view(vm, l->items[i], &d, &n)) {
            tpBuf_free(&b);
            return tpErr_format(vm, EXC_TypeError,
                                "sequence item %zu: expected a bytes-like object, %T found", i,
                                l->items[i]);
        }
        VIEW(argv[0], sep, nsep);
        if ((i > 0 && tpBuf_put(vm, &b, (const char *)sep, nsep) < 0) ||
            tpBuf_put(vm, &b, (const char *)d, n) < 0) {
            tpBuf_free(&b);
            return -1;
        }
    }
    return finish_like(vm, argv[0], &b, out);
}

/* ==== split family ==== */

static int append_piece(VM *vm, Value self, ObjList *l, const uint8_t *p, size_t n) {
    Value v;
    return make_like(vm, self, p, n, &v) < 0 ? -1 : tpList_append(vm, l, v);
}

static int split_ws(VM *vm, Value self, const uint8_t *d, size_t n, int64_t max, bool rev,
                    ObjList *l) {
    size_t i = 0, j = n;
    while (rev ? j > 0 : i < n) {
        if (rev) {
            while (j > 0 && is_ws(d[j - 1])) {
                j--;
            }
            if (j == 0) {
                break;
            }
            size_t e = j;
            if (max-- == 0) {
                return append_piece(vm, self, l, d, e);
            }
            while (j > 0 && !is_ws(d[j - 1])) {
                j--;
            }
            if (append_piece(vm, self, l, d + j, e - j) < 0) {
                return -1;
            }
        } else {
            while (i < n && is_ws(d[i])) {
                i++;
            }
            if (i >= n) {
                break;
            }
            size_t st = i;
            if (max-- == 0) {
                return append_piece(vm, self, l, d + st, n - st);
            }
            while (i < n && !is_ws(d[i])) {
                i++;
            }
            if (append_piece(vm, self, l, d + st, i - st) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static int split_sep(VM *vm, Value self, const uint8_t *d, size_t n, const uint8_t *sep, size_t m,
                     int64_t max, bool rev, ObjList *l) {
    size_t start = 0, end = n;
    while (max-- != 0) {
        const uint8_t *hit = rev ? rmem(d + start, end - start, sep, m)
                                 : fmem(d + start, end - start, sep, m);
        if (!hit) {
            break;
        }
        size_t h = (size_t)(hit - d);
        int rc = rev ? append_piece(vm, self, l, d + h + m, end - h - m)
                     : append_piece(vm, self, l, d + start, h - start);
        if (rc < 0) {
            return -1;
        }
        if (rev) {
            end = h;
        } else {
            start = h + m;
        }
    }
    return append_piece(vm, self, l, d + start, end - start);
}

static int b_split(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"sep", "maxsplit"};
    bool rev = vm->magic;
    Value a[2];
    const char *fname = rev ? "rsplit" : "split";
    if (tpArg_parse_kw(vm, fname, argc - 1, argv + 1, kwnames, 2, names, 2, a) < 0) {
        return -1;
    }
    int64_t max = -1;
    if (!IS_NULL(a[1]) && tpSize_arg(vm, a[1], false, &max) < 0) {
        return -1;
    }
    ObjList *l = tpList_new(vm, 0);
    if (!l) {
        return -1;
    }
    const uint8_t *d, *sep;
    size_t n, m;
    int rc;
    if (IS_NULL(a[0]) || IS_NONE(a[0])) {
        VIEW(argv[0], d, n);
        rc = split_ws(vm, argv[0], d, n, max < 0 ? -1 : max, rev, l);
    } else {
        if (need_bytes(vm, a[0], &sep, &m) < 0) {
            return -1;
        }
        if (m == 0) {
            return tpErr_raise(vm, EXC_ValueError, "empty separator");
        }
        VIEW(argv[0], d, n);
        rc = split_sep(vm, argv[0], d, n, sep, m, max < 0 ? -1 : max, rev, l);
    }
    if (rc < 0) {
        return -1;
    }
    if (rev) {
        tpGC_list_moved(l, 0);
        for (size_t i = 0, j = l->len ? l->len - 1 : 0; i < j; i++, j--) {
            Value t = l->items[i];
            l->items[i] = l->items[j];
            l->items[j] = t;
        }
    }
    *out = OBJ_VAL(l);
    return 0;
}

static int b_splitlines(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (tpArg_parse_kw(vm, "splitlines", argc - 1, argv + 1, kwnames, 1, names, 1, a) < 0) {
        return -1;
    }
    int keep = 0;
    if (!IS_NULL(a[0]) && tpObj_truth(vm, a[0], &keep) < 0) {
        return -1;
    }
    ObjList *l = tpList_new(vm, 0);
    if (!l) {
        return -1;
    }
    const uint8_t *d;
    size_t n;
    VIEW(argv[0], d, n);
    size_t i = 0, line = 0;
    while (i < n) {
        size_t br = d[i] == '\r' ? (i + 1 < n && d[i + 1] == '\n' ? 2 : 1) : d[i] == '\n' ? 1 : 0;
        if (!br) {
            i++;
            continue;
        }
        if (append_piece(vm, argv[0], l, d + line, i - line + (keep ? br : 0)) < 0) {
            return -1;
        }
        VIEW(argv[0], d, n);
        i += br;
        line = i;
    }
    if (line < n && append_piece(vm, argv[0], l, d + line, n - line) < 0) {
        return -1;
    }
    *out = OBJ_VAL(l);
    return 0;
}

static int b_partition(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    bool rev = vm->magic;
    const uint8_t *d, *sep;
    size_t n, m;
    if (need_bytes(vm, argv[1], &sep, &m) < 0) {
        return -1;
    }
    if (m == 0) {
        return tpErr_raise(vm, EXC_ValueError, "empty separator");
    }
    VIEW(argv[0], d, n);
    const uint8_t *hit = rev ? rmem(d, n, sep, m) : fmem(d, n, sep, m);
    Value parts[3];
    int rc;
    if (!hit) {
        rc = make_like(vm, argv[0], d, n, &parts[rev ? 2 : 0]);
        rc = rc < 0 ? -1 : make_like(vm, argv[0], NULL, 0, &parts[1]);
        rc = rc < 0 ? -1 : make_like(vm, argv[0], NULL, 0, &parts[rev ? 0 : 2]);
    } else {
        size_t h = (size_t)(hit - d);
        rc = make_like(vm, argv[0], d, h, &parts[0]);
        if (!tpByteArray_check(vm, argv[0])) {
            parts[1] = argv[1];   /* bytes.partition gives the separator object back (CPython) */
        } else {
            rc = rc < 0 ? -1 : make_like(vm, argv[0], sep, m, &parts[1]);
        }
        rc = rc < 0 ? -1 : make_like(vm, argv[0], d + h + m, n - h - m, &parts[2]);
    }
    ObjTuple *t = rc < 0 ? NULL : tpTuple_from(vm, 3, parts);
    if (!t) {
        return -1;
    }
    *out = OBJ_VAL(t);
    return 0;
}

/* ==== strip, affixes ==== */

static int b_strip(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    int which = vm->magic;
    const uint8_t *d, *chars = NULL;
    size_t n, nc = 0;
    if (argc > 1 && !IS_NONE(argv[1]) && need_bytes(vm, argv[1], &chars, &nc) < 0) {
        return -1;
    }
    VIEW(argv[0], d, n);
    size_t i = 0, j = n;
    if (which & 1) {
        while (i < j && (chars ? memchr(chars, d[i], nc) != NULL : is_ws(d[i]))) {
            i++;
        }
    }
    if (which & 2) {
        while (j > i && (chars ? memchr(chars, d[j - 1], nc) != NULL : is_ws(d[j - 1]))) {
            j--;
        }
    }
    return make_like(vm, argv[0], d + i, j - i, out);
}

static int b_removeaffix(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    bool suffix = vm->magic;
    const uint8_t *d, *x;
    size_t n, m;
    if (need_bytes(vm, argv[1], &x, &m) < 0) {
        return -1;
    }
    VIEW(argv[0], d, n);
    if (m > 0 && m <= n && memcmp(suffix ? d + n - m : d, x, m) == 0) {
        return make_like(vm, argv[0], suffix ? d : d + m, n - m, out);
    }
    return make_like(vm, argv[0], d, n, out);
}

/* ==== searching ==== */

static int bound(VM *vm, Value v, int64_t len, bool is_end, int64_t *out) {
    if (IS_NULL(v) || IS_NONE(v)) {
        *out = is_end ? len : 0;
        return 0;
    }
    if (tpType_of(vm, v)->sl.index == NULL) {
        return tpErr_raise(vm, EXC_TypeError,
                           "slice indices must be integers or None or have an __index__ method");
    }
    int64_t i;
    if (tpObj_as_index(vm, v, &i) < 0) {
        if (!tpErr_matches(vm, EXC_OverflowError)) {
            return -1;
        }
        tpErr_clear(vm);
        i = tpInt_sign(vm, v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    if (i < 0) {
        i = i + len < 0 ? 0 : i + len;
    } else if (is_end && i > len) {
        i = len;
    }
    *out = i;
    return 0;
}

/* The needle of find/count/index: bytes-like or an int byte. */
static int needle(VM *vm, Value v, uint8_t *one, const uint8_t **d, size_t *n) {
    if (tpBytes_view(vm, v, d, n)) {
        return 0;
    }
    if (tpType_of(vm, v)->sl.index == NULL) {
        if (tpBuffer_error(vm, v) < 0) {
            return -1;
        }
        return tpErr_format(vm, EXC_TypeError,
                            "argument should be integer or bytes-like object, not '%T'", v);
    }
    int64_t c;
    if (tpObj_as_index(vm, v, &c) < 0) {
        if (!tpErr_matches(vm, EXC_OverflowError)) {
            return -1;
        }
        tpErr_clear(vm);
        c = -1;   /* a huge int is simply out of range */
    }
    if (c < 0 || c > 255) {
        return tpErr_raise(vm, EXC_ValueError, "byte must be in range(0, 256)");
    }
    *one = (uint8_t)c;
    *d = one;
    *n = 1;
    return 0;
}

/* Returns the index, -1 when absent, -2 on error. */
static int64_t find_impl(VM *vm, int argc, Value *argv, bool rev) {
    uint8_t one;
    const uint8_t *d, *s;
    size_t n, m;
    int64_t start, end;
    if (needle(vm, argv[1], &one, &s, &m) < 0) {
        return -2;
    }
    VIEW(argv[0], d, n);
    if (bound(vm, argc > 2 ? argv[2] : NULL_VAL, (int64_t)n, false, &start) < 0 ||
        bound(vm, argc > 3 ? argv[3] : NULL_VAL, (int64_t)n, true, &end) < 0) {
        return -2;
    }
    VIEW(argv[0], d, n);
    if (start > end || (int64_t)m > end - start) {
        return -1;
    }
    const uint8_t *h = d + start;
    size_t hn = (size_t)(end - start);
    const uint8_t *p = rev ? (m == 0 ? h + hn : rmem(h, hn, s, m)) : fmem(h, hn, s, m);
    return p ? (int64_t)(p - d) : -1;
}

static int b_find(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    int64_t r = find_impl(vm, argc, argv, vm->magic & 1);
    if (r == -2) {
        return -1;
    }
    if (r == -1 && (vm->magic & 2)) {
        return tpErr_raise(vm, EXC_ValueError, "subsection not found");
    }
    *out = INT_VAL(r);
    return 0;
}

static int b_count(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    uint8_t one;
    const uint8_t *d, *s;
    size_t n, m;
    int64_t start, end, k = 0;
    if (needle(vm, argv[1], &one, &s, &m) < 0) {
        return -1;
    }
    VIEW(argv[0], d, n);
    if (bound(vm, argc > 2 ? argv[2] : NULL_VAL, (int64_t)n, false, &start) < 0 ||
        bound(vm, argc > 3 ? argv[3] : NULL_VAL, (int64_t)n, true, &end) < 0) {
        return -1;
    }
    VIEW(argv[0], d, n);
    if (start <= end && (int64_t)m <= end - start) {
        if (m == 0) {
            k = end - start + 1;
        } else {
            const uint8_t *p = d + start, *e = d + end;
            while ((p = fmem(p, (size_t)(e - p), s, m)) != NULL) {
                k++;
                p += m;
            }
        }
    }
    *out = INT_VAL(k);
    return 0;
}

static bool tail_match(const uint8_t *d, size_t n, const uint8_t *x, size_t m, int64_t start,
                       int64_t end, bool suffix) {
    if (start > (int64_t)n || end - start < (int64_t)m) {
        return false;
    }
    const uint8_t *p = suffix ? d + end - m : d + start;
    return m == 0 || memcmp(p, x, m) == 0;
}

static int b_startswith(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    bool suffix = vm->magic;
    const char *name = suffix ? "endswith" : "startswith";
    const uint8_t *d, *x;
    size_t n, m;
    int64_t start, end;
    VIEW(argv[0], d, n);
    if (bound(vm, argc > 2 ? argv[2] : NULL_VAL, (int64_t)n, false, &start) < 0 ||
        bound(vm, argc > 3 ? argv[3] : NULL_VAL, (int64_t)n, true, &end) < 0) {
        return -1;
    }
    VIEW(argv[0], d, n);
    Value p = argv[1];
    if (IS_OBJ(p) && tpObj_is(vm, p, TYPE_TUPLE)) {
        ObjTuple *t = AS_TUPLE(p);
        for (size_t i = 0; i < t->len; i++) {
            if (!tpBytes_view(vm, t->items[i], &x, &m)) {
                if (tpBuffer_error(vm, t->items[i]) < 0) {
                    return -1;
                }
                return tpErr_format(vm, EXC_TypeError,
                                    "a bytes-like object is required, not '%T'", t->items[i]);
            }
            if (tail_match(d, n, x, m, start, end, suffix)) {
                *out = TRUE_VAL;
                return 0;
            }
        }
        *out = FALSE_VAL;
        return 0;
    }
    if (!tpBytes_view(vm, p, &x, &m)) {
        if (tpBuffer_error(vm, p) < 0) {
            return -1;
        }
        return tpErr_format(vm, EXC_TypeError,
                            "%s first arg must be bytes or a tuple of bytes, not %T", name, p);
    }
    *out = BOOL_VAL(tail_match(d, n, x, m, start, end, suffix));
    return 0;
}

static int b_replace(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    const uint8_t *d, *o, *nw;
    size_t n, no, nn;
    int64_t count = -1;
    if (need_bytes(vm, argv[1], &o, &no) < 0 || need_bytes(vm, argv[2], &nw, &nn) < 0 ||
        (argc > 3 && tpSize_arg(vm, argv[3], false, &count) < 0)) {
        return -1;
    }
    VIEW(argv[0], d, n);
    if (count < 0) {
        count = INT64_MAX;
    }
    StrBuf b;
    tpBuf_init(&b);
    size_t i = 0;
    int64_t done = 0;
    int rc = 0;
    while (rc == 0 && done < count) {
        const uint8_t *hit = no == 0 ? (i <= n ? d + i : NULL) : fmem(d + i, n - i, o, no);
        if (!hit) {
            break;
        }
        size_t h = (size_t)(hit - d);
        rc = tpBuf_put(vm, &b, (const char *)d + i, h - i);
        rc = rc < 0 ? -1 : tpBuf_put(vm, &b, (const char *)nw, nn);
        done++;
        if (no == 0) {
            if (h >= n) {
                i = n + 1;
                break;
            }
            rc = rc < 0 ? -1 : tpBuf_putc(vm, &b, (char)d[h]);
            i = h + 1;
        } else {
            i = h + no;
        }
    }
    if (rc == 0 && i < n) {
        rc = tpBuf_put(vm, &b, (const char *)d + i, n - i);
    }
    if (rc < 0) {
        tpBuf_free(&b);
        return -1;
    }
    return finish_like(vm, argv[0], &b, out);
}

/* ==== ASCII case mapping and predicates ==== */

enum { BC_UPPER, BC_LOWER, BC_SWAP, BC_TITLE, BC_CAPITALIZE };

static int b_case(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    const uint8_t *d;
    size_t n;
    VIEW(argv[0], d, n);
    uint8_t *buf = malloc(n + 1);
    if (!buf) {
        return tpErr_no_memory(vm);
    }
    bool prev = false;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        bool up;
        switch (vm->magic) {
        case BC_UPPER: up = true; break;
        case BC_LOWER: up = false; break;
        case BC_SWAP: up = is_lower(c); break;
        case BC_TITLE: up = !prev; break;
        default: up = i == 0; break;
        }
        prev = is_lower(c) || is_upper(c);
        buf[i] = up && is_lower(c) ? (uint8_t)(c - 32) : !up && is_upper(c) ? (uint8_t)(c + 32) : c;
    }
    int rc = make_like(vm, argv[0], buf, n, out);
    free(buf);
    return rc;
}

enum { BP_ALPHA, BP_DIGIT, BP_ALNUM, BP_SPACE, BP_ASCII, BP_UPPER, BP_LOWER, BP_TITLE };

static bool title_ok(const uint8_t *d, size_t n) {
    bool cased = false, prev = false;
    for (size_t i = 0; i < n; i++) {
        if (is_upper(d[i])) {
            if (prev) {
                return false;
            }
            prev = cased = true;
        } else if (is_lower(d[i])) {
            if (!prev) {
                return false;
            }
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return cased;
}

static int b_pred(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    const uint8_t *d;
    size_t n;
    VIEW(argv[0], d, n);
    int p = vm->magic;
    bool r = n > 0 || p == BP_ASCII, any_up = false, any_lo = false;
    if (p == BP_TITLE) {
        r = title_ok(d, n);
    }
    for (size_t i = 0; i < n && r && p != BP_TITLE; i++) {
        uint8_t c = d[i];
        any_up |= is_upper(c);
        any_lo |= is_lower(c);
        switch (p) {
        case BP_ALPHA: r = is_lower(c) || is_upper(c); break;
        case BP_DIGIT: r = is_digit(c); break;
        case BP_ALNUM: r = is_lower(c) || is_upper(c) || is_digit(c); break;
        case BP_SPACE: r = is_ws(c); break;
        case BP_ASCII: r = c < 0x80; break;
        case BP_UPPER: r = !is_lower(c); break;
        default: r = !is_upper(c); break;
        }
    }
    if (p == BP_UPPER) {
        r = r && any_up;
    } else if (p == BP_LOWER) {
        r = r && any_lo;
    }
    *out = BOOL_VAL(r);
    return 0;
}

/* ==== padding, expandtabs ==== */

static int fill_byte(VM *vm, int argc, Value *argv, const char *fname, uint8_t *out) {
    *out = ' ';
    if (argc < 3) {
        return 0;
    }
    /* a bytes or bytearray of one byte (not any buffer) */
    const uint8_t *d;
    size_t n;
    if ((!tpBytes_check(vm, argv[2]) && !tpByteArray_check(vm, argv[2])) ||
        !tpBytes_view(vm, argv[2], &d, &n) || n != 1) {
        return tpErr_format(vm, EXC_TypeError,
                            "%s() argument 2 must be a byte string of length 1, not %T", fname,
                            argv[2]);
    }
    *out = d[0];
    return 0;
}

/* magic: 0 ljust, 1 rjust, 2 center, 3 zfill */
static int b_just(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    static const char *const names[] = {"ljust", "rjust", "center", "zfill"};
    int which = vm->magic;
    int64_t width;
    uint8_t fill;
    if (tpSize_arg(vm, argv[1], false, &width) < 0 ||
        fill_byte(vm, argc, argv, names[which], &fill) < 0) {
        return -1;
    }
    const uint8_t *d;
    size_t n;
    VIEW(argv[0], d, n);
    if (width <= (int64_t)n) { /* also keeps width - n from overflowing */
        return make_like(vm, argv[0], d, n, out);
    }
    int64_t padn = width - (int64_t)n;
    int64_t left = which == 0 ? 0 : which == 2 ? padn / 2 + (padn & width & 1) : padn;
    if (tpSize_check(vm, (size_t)width) < 0) {
        return -1;
    }
    uint8_t *buf = malloc((size_t)width);
    if (!buf) {
        return tpErr_no_memory(vm);
    }
    size_t sign = which == 3 && n && (d[0] == '+' || d[0] == '-') ? 1 : 0;
    memset(buf, which == 3 ? '0' : fill, (size_t)width);
    memcpy(buf, d, sign);
    memcpy(buf + left + sign, d + sign, n - sign);
    int rc = make_like(vm, argv[0], buf, (size_t)width, out);
    free(buf);
    return rc;
}

static int b_expandtabs(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (tpArg_parse_kw(vm, "expandtabs", argc - 1, argv + 1, kwnames, 1, names, 1, a) < 0) {
        return -1;
    }
    int64_t tab = 8, col = 0;
    if (!IS_NULL(a[0]) && tpSize_arg(vm, a[0], true, &tab) < 0) {
        return -1;
    }
    const uint8_t *d;
    size_t n;
    VIEW(argv[0], d, n);
    StrBuf b;
    tpBuf_init(&b);
    for (size_t i = 0; i < n; i++) {
        int rc = 0;
        if (d[i] == '\t') {
            int64_t k = tab > 0 ? tab - col % tab : 0;
            rc = tpBuf_put_fill(vm, &b, ' ', k);
            col += k;
        } else {
            rc = tpBuf_putc(vm, &b, (char)d[i]);
            col = (d[i] == '\n' || d[i] == '\r') ? 0 : col + 1;
        }
        if (rc < 0) {
            tpBuf_free(&b);
            return -1;
        }
    }
    return finish_like(vm, argv[0], &b, out);
}

/* ==== translate / maketrans ==== */

static int b_maketrans(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    const uint8_t *f, *t;
    size_t nf, nt;
    if (need_bytes(vm, argv[0], &f, &nf) < 0 || need_bytes(vm, argv[1], &t, &nt) < 0) {
        return -1;
    }
    if (nf != nt) {
        return tpErr_raise(vm, EXC_ValueError, "maketrans arguments must have same length");
    }
    uint8_t table[256];
    for (int i = 0; i < 256; i++) {
        table[i] = (uint8_t)i;
    }
    for (size_t i = 0; i < nf; i++) {
        table[f[i]] = t[i];
    }
    ObjBytes *r = tpBytes_new(vm, table, 256);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int b_translate(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"table", "delete"};
    Value a[2];
    if (tpArg_parse_kw(vm, "translate", argc - 1, argv + 1, kwnames, 2, names, 2, a) < 0) {
        return -1;
    }
    const uint8_t *table = NULL, *del = NULL, *d;
    size_t nt = 0, nd = 0, n;
    if (!IS_NONE(a[0]) && need_bytes(vm, a[0], &table, &nt) < 0) {
        return -1;
    }
    if (table && nt != 256) {
        return tpErr_raise(vm, EXC_ValueError, "translation table must be 256 characters long");
    }
    if (!IS_NULL(a[1]) && need_bytes(vm, a[1], &del, &nd) < 0) {
        return -1;
    }
    VIEW(argv[0], d, n);
    StrBuf b;
    tpBuf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (del && nd && memchr(del, d[i], nd)) {
            continue;
        }
        if (tpBuf_putc(vm, &b, (char)(table ? table[d[i]] : d[i])) < 0) {
            tpBuf_free(&b);
            return -1;
        }
    }
    return finish_like(vm, argv[0], &b, out);
}

static int b_getnewargs(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    const uint8_t *d;
    size_t n;
    VIEW(argv[0], d, n);
    ObjBytes *b = tpBytes_new(vm, d, n);
    ObjTuple *t = b ? tpTuple_pack(vm, 1, OBJ_VAL(b)) : NULL;
    if (!t) {
        return -1;
    }
    *out = OBJ_VAL(t);
    return 0;
}

#define BYTES_COMMON_METHODS                                                    \
    TP_METHOD_MAGIC("capitalize", b_case, 0, 0, BC_CAPITALIZE),               \
    TP_METHOD_MAGIC("center", b_just, 1, 2, 2),                               \
    TP_METHOD("count", b_count, 1, 3),                                          \
    TP_METHOD_KW("decode", b_decode, 0, -1), /* count checked by tpArg_parse_kw */   \
    TP_METHOD_MAGIC("endswith", b_startswith, 1, 3, 1),                         \
    TP_METHOD_KW("expandtabs", b_expandtabs, 0, 1),                             \
    TP_METHOD_MAGIC("find", b_find, 1, 3, 0),                                   \
    {"fromhex", b_fromhex, 1, 1, METH_CLASS, 0, NULL},                          \
    TP_METHOD_KW("hex", tpBytes_hex, 0, 2),                                           \
    TP_METHOD_MAGIC("index", b_find, 1, 3, 2),                                  \
    TP_METHOD_MAGIC("isalnum", b_pred, 0, 0, BP_ALNUM),                         \
    TP_METHOD_MAGIC("isalpha", b_pred, 0, 0, BP_ALPHA),                         \
    TP_METHOD_MAGIC("isascii", b_pred, 0, 0, BP_ASCII),                         \
    TP_METHOD_MAGIC("isdigit", b_pred, 0, 0, BP_DIGIT),                         \
    TP_METHOD_MAGIC("islower", b_pred, 0, 0, BP_LOWER),                         \
    TP_METHOD_MAGIC("isspace", b_pred, 0, 0, BP_SPACE),                         \
    TP_METHOD_MAGIC("istitle", b_pred, 0, 0, BP_TITLE),                         \
    TP_METHOD_MAGIC("isupper", b_pred, 0, 0, BP_UPPER),                         \
    TP_METHOD("join", b_join, 1, 1),                                            \
    TP_METHOD_MAGIC("ljust", b_just, 1, 2, 0),                                  \
    TP_METHOD_MAGIC("lower", b_case, 0, 0, BC_LOWER),                           \
    TP_METHOD_MAGIC("lstrip", b_strip, 0, 1, 1),                                \
    {"maketrans", b_maketrans, 2, 2, METH_STATIC, 0, NULL},                     \
    TP_METHOD_MAGIC("partition", b_partition, 1, 1, 0),                         \
    TP_METHOD_MAGIC("removeprefix", b_removeaffix, 1, 1, 0),                    \
    TP_METHOD_MAGIC("removesuffix", b_removeaffix, 1, 1, 1),                    \
    TP_METHOD("replace", b_replace, 2, 3),                                      \
    TP_METHOD_MAGIC("rfind", b_find, 1, 3, 1),                                  \
    TP_METHOD_MAGIC("rindex", b_find, 1, 3, 3),                                 \
    TP_METHOD_MAGIC("rjust", b_just, 1, 2, 1),                                  \
    TP_METHOD_MAGIC("rpartition", b_partition, 1, 1, 1),                        \
    {"rsplit", b_split, 0, 2, METH_KW, 1, NULL},                                \
    TP_METHOD_MAGIC("rstrip", b_strip, 0, 1, 2),                                \
    {"split", b_split, 0, 2, METH_KW, 0, NULL},                                 \
    TP_METHOD_KW("splitlines", b_splitlines, 0, 1),                             \
    TP_METHOD_MAGIC("startswith", b_startswith, 1, 3, 0),                       \
    TP_METHOD_MAGIC("strip", b_strip, 0, 1, 3),                                 \
    TP_METHOD_MAGIC("swapcase", b_case, 0, 0, BC_SWAP),                         \
    TP_METHOD_MAGIC("title", b_case, 0, 0, BC_TITLE),                           \
    TP_METHOD_KW("translate", b_translate, 1, 2),                               \
    TP_METHOD_MAGIC("upper", b_case, 0, 0, BC_UPPER),                           \
    TP_METHOD_MAGIC("zfill", b_just, 1, 1, 3)

const MethodDef tpBytes_methods[] = {
    BYTES_COMMON_METHODS,
    TP_METHOD("__getnewargs__", b_getnewargs, 0, 0),
    TP_METHOD_END,
};

const MethodDef tpByteArray_methods[] = {
    BYTES_COMMON_METHODS,
    TP_METHOD("append", tpByteArray_append, 1, 1),
    TP_METHOD("clear", tpByteArray_clear, 0, 0),
    TP_METHOD("copy", tpByteArray_copy, 0, 0),
    TP_METHOD("extend", tpByteArray_extend, 1, 1),
    TP_METHOD("insert", tpByteArray_insert, 2, 2),
    TP_METHOD("pop", tpByteArray_pop, 0, 1),
    TP_METHOD("remove", tpByteArray_remove, 1, 1),
    TP_METHOD("reverse", tpByteArray_reverse, 0, 0),
    TP_METHOD_END,
};
