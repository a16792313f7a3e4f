/*
 * obj_str_methods.c — the methods of `str` (tpStr_methods): searching, splitting, stripping,
 * padding, case mapping (full Unicode mappings incl. SpecialCasing and the final-sigma rule),
 * predicates, translate/maketrans, encode and the entry points of format/format_map.
 * Searches work on the UTF-8 bytes (UTF-8 is self-synchronising) and convert offsets to and from
 * code-point indexes only at the edges.
 */
#include <stdlib.h>

#include "runtime.h"
#include "seq.h"
#include "size_check.h"
#include "str_impl.h"
#include "str_unicode.h"

#define SELF AS_STR(argv[0])

/* ==== small helpers ==== */

static int ret_str(VM *vm, Value self, ObjStr *r, Value *out) {
    if (!r) {
        return -1;
    }
    /* an unchanged exact str is returned as is; a subclass always yields a plain str */
    if (r == AS_STR(self) && r->hdr.type != vm->types[TYPE_STR]) {
        r = tpStr_new(vm, r->data, r->nbytes);
        if (!r) {
            return -1;
        }
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int ret_buf(VM *vm, StrBuf *b, Value *out) {
    ObjStr *r = tpBuf_finish(vm, b);
    if (!r) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static size_t off_of(VM *vm, ObjStr *s, int64_t cp) {
    return s->ascii ? (size_t)cp : tpStr_offset(vm, s, (size_t)cp);
}

static int64_t cp_of(ObjStr *s, size_t off) {
    if (s->ascii) {
        return (int64_t)off;
    }
    int64_t n = 0;
    for (size_t i = 0; i < off; i++) {
        n += ((uint8_t)s->data[i] & 0xC0) != 0x80;
    }
    return n;
}

static int need_str(VM *vm, Value v, ObjStr **out) {
    *out = NULL;
    if (!tpStr_check(vm, v)) {
        return tpErr_format(vm, EXC_TypeError, "must be str, not %T", v);
    }
    *out = AS_STR(v);
    return 0;
}

/* Optional slice bound (None or index) resolved against len like a slice; a missing start is 0,
 * a missing end len. */
static int slice_bound(VM *vm, Value v, int64_t len, bool is_end, int64_t *out) {
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
        i += len;
        if (i < 0) {
            i = 0;
        }
    } else if (i > len && is_end) {
        i = len;   /* an end bound is clipped; a start past the end stays (it never matches) */
    }
    *out = i;
    return 0;
}

/* start/end arguments at argv[k], argv[k+1] (if present) for a method taking (x, start, end). */
static int bounds(VM *vm, int argc, Value *argv, int k, int64_t len, int64_t *start, int64_t *end) {
    if (slice_bound(vm, argc > k ? argv[k] : NULL_VAL, len, false, start) < 0 ||
        slice_bound(vm, argc > k + 1 ? argv[k + 1] : NULL_VAL, len, true, end) < 0) {
        return -1;
    }
    return 0;
}

static const char *rmemmem(const char *h, size_t n, const char *nd, size_t m) {
    if (m > n) {
        return NULL;
    }
    for (size_t i = n - m + 1; i-- > 0;) {
        if (h[i] == nd[0] && memcmp(h + i, nd, m) == 0) {
            return h + i;
        }
    }
    return NULL;
}

/* ==== find / index / count ==== */

/* Byte-level search of sub in s[start:end] (code points); returns cp index or -1; -2 on error. */
static int64_t find_impl(VM *vm, int argc, Value *argv, bool reverse) {
    ObjStr *s = SELF, *sub;
    int64_t start, end;
    if (need_str(vm, argv[1], &sub) < 0 ||
        bounds(vm, argc, argv, 2, (int64_t)s->len, &start, &end) < 0) {
        return -2;
    }
    if (start > end || (int64_t)sub->len > end - start) {
        return -1;
    }
    size_t bs = off_of(vm, s, start), be = off_of(vm, s, end);
    const char *h = s->data + bs;
    const char *p = reverse ? rmemmem(h, be - bs, sub->data, sub->nbytes)
                            : (sub->nbytes == 0 ? h : memmem(h, be - bs, sub->data, sub->nbytes));
    if (reverse && sub->nbytes == 0) {
        p = s->data + be;
    }
    return p ? cp_of(s, (size_t)(p - s->data)) : -1;
}

static int str_find(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    int64_t r = find_impl(vm, argc, argv, vm->magic);
    if (r == -2) {
        return -1;
    }
    *out = INT_VAL(r);
    return 0;
}

static int str_index(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    int64_t r = find_impl(vm, argc, argv, vm->magic);
    if (r == -2) {
        return -1;
    }
    if (r == -1) {
        return tpErr_raise(vm, EXC_ValueError, "substring not found");
    }
    *out = INT_VAL(r);
    return 0;
}

static int str_count(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    ObjStr *s = SELF, *sub;
    int64_t start, end;
    if (need_str(vm, argv[1], &sub) < 0 ||
        bounds(vm, argc, argv, 2, (int64_t)s->len, &start, &end) < 0) {
        return -1;
    }
    int64_t n = 0;
    if (start <= end && (int64_t)sub->len <= end - start) {
        if (sub->nbytes == 0) {
            n = end - start + 1;
        } else {
            const char *p = s->data + off_of(vm, s, start), *e = s->data + off_of(vm, s, end);
            while ((p = memmem(p, (size_t)(e - p), sub->data, sub->nbytes)) != NULL) {
                n++;
                p += sub->nbytes;
            }
        }
    }
    *out = INT_VAL(n);
    return 0;
}

/* startswith / endswith (magic 1) */
static int match_one(VM *vm, ObjStr *s, ObjStr *x, int64_t start, int64_t end, bool suffix) {
    if (start > (int64_t)s->len || end - start < (int64_t)x->len) {
        return 0;
    }
    if (x->len == 0) {
        return start <= end;
    }
    size_t bs = off_of(vm, s, start), be = off_of(vm, s, end);
    const char *p = suffix ? s->data + be - x->nbytes : s->data + bs;
    return p >= s->data + bs && memcmp(p, x->data, x->nbytes) == 0;
}

static int str_startswith(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    bool suffix = vm->magic;
    const char *name = suffix ? "endswith" : "startswith";
    ObjStr *s = SELF;
    int64_t start = 0, end = 0;
    if (argc > 2 && slice_bound(vm, argv[2], (int64_t)s->len, false, &start) < 0) {
        return -1;
    }
    int64_t len = (int64_t)s->len;
    if (slice_bound(vm, argc > 3 ? argv[3] : NULL_VAL, len, true, &end) < 0) {
        return -1;
    }
    Value x = argv[1];
    if (IS_OBJ_TYPE(x, vm->types[TYPE_TUPLE]) || tpObj_is(vm, x, TYPE_TUPLE)) {
        ObjTuple *t = AS_TUPLE(x);
        for (size_t i = 0; i < t->len; i++) {
            if (!tpStr_check(vm, t->items[i])) {
                return tpErr_format(vm, EXC_TypeError, "tuple for %s must only contain str, not %T",
                                    name, t->items[i]);
            }
            if (match_one(vm, s, AS_STR(t->items[i]), start, end, suffix)) {
                *out = TRUE_VAL;
                return 0;
            }
        }
        *out = FALSE_VAL;
        return 0;
    }
    if (!tpStr_check(vm, x)) {
        return tpErr_format(vm, EXC_TypeError, "%s first arg must be str or a tuple of str, not %T",
                            name, x);
    }
    *out = BOOL_VAL(match_one(vm, s, AS_STR(x), start, end, suffix));
    return 0;
}

/* ==== join ==== */

static void join_copy(char *p, ObjStr *sep, size_t n, const Value *items) {
    for (size_t i = 0; i < n; i++) {
        ObjStr *it = AS_STR(items[i]);
        if (i > 0 && sep->nbytes > 0) {
            memcpy(p, sep->data, sep->nbytes);
            p += sep->nbytes;
        }
        memcpy(p, it->data, it->nbytes);
        p += it->nbytes;
    }
}

/* sep.join(items): sizes first, then one allocation and a copy of each part (no re-measuring). */
static int join_items(VM *vm, ObjStr *sep, size_t n, const Value *items, Value *out) {
    size_t nbytes = 0, len = 0;
    bool ascii = sep->ascii;
    for (size_t i = 0; i < n; i++) {
        if (!tpStr_check(vm, items[i])) {
            return tpErr_format(vm, EXC_TypeError,
                                "sequence item %zu: expected str instance, %T found", i, items[i]);
        }
        ObjStr *it = AS_STR(items[i]);
        size_t add = it->nbytes + (i > 0 ? sep->nbytes : 0);
        if (add > SIZE_MAX / 2 - nbytes) {
            return tpErr_no_memory(vm);
        }
        nbytes += add;
        len += it->len + (i > 0 ? sep->len : 0);
        ascii = ascii && it->ascii;
    }
    ObjStr *r;
    if (nbytes <= 1) {   /* the shared empty and one-character strs */
        char one[2];
        join_copy(one, sep, n, items);
        r = tpStr_new(vm, one, nbytes);
    } else if ((r = tpStr_alloc_raw(vm, nbytes, len, ascii)) != NULL) {
        join_copy(r->data, sep, n, items);
    }
    *out = r ? OBJ_VAL(r) : NULL_VAL;
    return r ? 0 : -1;
}

/* sep.join(iterable) of anything but an exact list or tuple: each piece is copied out as it
 * comes, so that it can die young (collecting them into a list first, as CPython does, kept a
 * generator's million pieces alive across minor collections: promoted, they stayed as garbage
 * until the next full one). As in CPython the whole iterable is consumed before a non-str item
 * is reported, and a single exact str is the result itself. */
static int join_iter(VM *vm, ObjStr *sep, Value iterable, Value *out) {
    Value it;
    if (tpObj_iter(vm, iterable, &it) < 0) {
        return -1;
    }
    size_t mark = tpGC_save(vm);
    StrBuf b;
    tpBuf_init(&b);
    size_t n = 0, len = 0, bad_at = 0;
    bool ascii = sep->ascii;
    Value first = NULL_VAL, bad = NULL_VAL;
    for (;; n++) {
        Value x;
        int rc = tpObj_next(vm, it, &x);
        if (rc != 0) {
            if (rc < 0) {
                tpBuf_free(&b);
                return -1;
            }
            break;
        }
        if (IS_NULL(bad) && !tpStr_check(vm, x)) {
            bad = x;
            bad_at = n;
        } else if (IS_NULL(bad)) {
            ObjStr *piece = AS_STR(x);
            if ((n > 0 && tpBuf_put_str(vm, &b, sep) < 0) || tpBuf_put_str(vm, &b, piece) < 0) {
                tpBuf_free(&b);
                return -1;
            }
            len += piece->len + (n > 0 ? sep->len : 0);
            ascii = ascii && piece->ascii;
            first = n == 0 ? x : first;
        }
        tpGC_restore(vm, mark);   /* only the first piece and a bad item stay pinned */
        if ((!IS_NULL(first) && tpGC_push_root(vm, first) < 0) ||
            (!IS_NULL(bad) && tpGC_push_root(vm, bad) < 0)) {
            tpBuf_free(&b);
            return -1;
        }
    }
    if (!IS_NULL(bad)) {
        tpBuf_free(&b);
        return tpErr_format(vm, EXC_TypeError, "sequence item %zu: expected str instance, %T found",
                            bad_at, bad);
    }
    if (n == 1 && IS_OBJ_TYPE(first, vm->types[TYPE_STR])) {
        tpBuf_free(&b);
        *out = first;
        return 0;
    }
    ObjStr *r = tpStr_new_known(vm, b.data ? b.data : "", b.len, len, ascii);
    tpBuf_free(&b);
    *out = r ? OBJ_VAL(r) : NULL_VAL;
    return r ? 0 : -1;
}

static int str_join(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    Value it = argv[1];
    if (IS_OBJ_TYPE(it, vm->types[TYPE_LIST]) || IS_OBJ_TYPE(it, vm->types[TYPE_TUPLE])) {
        bool is_list = IS_OBJ_TYPE(it, vm->types[TYPE_LIST]);
        size_t n = is_list ? AS_LIST(it)->len : AS_TUPLE(it)->len;
        Value *items = is_list ? AS_LIST(it)->items : AS_TUPLE(it)->items;
        if (n == 1 && IS_OBJ_TYPE(items[0], vm->types[TYPE_STR])) {
            *out = items[0];
            return 0;
        }
        return join_items(vm, SELF, n, items, out);
    }
    if (tpType_of(vm, it)->sl.iter == NULL &&
        IS_NULL(tpType_lookup(vm, tpType_of(vm, it), vm->names[NAME___getitem__]))) {
        return tpErr_raise(vm, EXC_TypeError, "can only join an iterable");
    }
    Value n;
    if (tpRange_known_length(vm, it, &n)) {   /* list() of it: OverflowError past sys.maxsize */
        ObjList *l = tpSeq_list(vm, it);
        return l == NULL ? -1 : join_items(vm, SELF, l->len, l->items, out);
    }
    return join_iter(vm, SELF, it, out);
}

/* ==== split family ==== */

static bool is_space_at(const char *p, const char *end, const char **next) {
    uint8_t c = (uint8_t)*p;
    if (c < 0x80) {
        *next = p + 1;
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    }
    const char *q = p;
    uint32_t cp = tpUtf8_decode(&q);
    (void)end;
    *next = q;
    return tpUni_is(UNI_SPACE, cp);
}

/* Whitespace split of [p, end) from the left into list l. */
/* A piece of a str as a new str (ascii: the str is ASCII, so the piece is too). */
static ObjStr *piece(VM *vm, bool ascii, const char *p, size_t n) {
    return ascii ? tpStr_new_ascii(vm, p, n) : tpStr_new(vm, p, n);
}

/* Append a piece to the result of split/rsplit/splitlines and unpin it (restore to `mark`,
 * taken right after the list was made): the list holds it, and a split into a million pieces
 * would otherwise leave a million temps for every collection meanwhile to look at. */
static int put_piece(VM *vm, ObjList *l, ObjStr *r, size_t mark) {
    if (r == NULL || tpList_append(vm, l, OBJ_VAL(r)) < 0) {
        return -1;
    }
    tpGC_restore(vm, mark);
    return 0;
}

static int split_ws(VM *vm, const char *p, const char *end, int64_t maxsplit, bool ascii,
                    ObjList *l, size_t mark) {
    const char *nx;
    while (p < end) {
        while (p < end && is_space_at(p, end, &nx)) {
            p = nx;
        }
        if (p >= end) {
            break;
        }
        const char *w = p;
        if (maxsplit-- == 0) {
            const char *e = end;
            /* the remainder keeps inner whitespace but loses trailing whitespace */
            ObjStr *r = piece(vm, ascii, w, (size_t)(e - w));
            return put_piece(vm, l, r, mark) < 0 ? -1 : 0;
        }
        while (p < end && !is_space_at(p, end, &nx)) {
            p = nx;
        }
        ObjStr *r = piece(vm, ascii, w, (size_t)(p - w));
        if (put_piece(vm, l, r, mark) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Step back one code point from p (> start). */
static const char *prev_cp(const char *start, const char *p) {
    do {
        p--;
    } while (p > start && ((uint8_t)*p & 0xC0) == 0x80);
    return p;
}

static bool is_space_before(const char *start, const char *p, const char **prev) {
    *prev = prev_cp(start, p);
    const char *nx;
    return is_space_at(*prev, p, &nx);
}

static int rsplit_ws(VM *vm, const char *start, const char *p, int64_t maxsplit, ObjList *l,
                     size_t mark) {
    const char *pv;
    while (p > start) {
        while (p > start && is_space_before(start, p, &pv)) {
            p = pv;
        }
        if (p <= start) {
            break;
        }
        const char *e = p;
        if (maxsplit-- == 0) {
            ObjStr *r = tpStr_new(vm, start, (size_t)(e - start));
            return put_piece(vm, l, r, mark) < 0 ? -1 : 0;
        }
        while (p > start && !is_space_before(start, p, &pv)) {
            p = pv;
        }
        ObjStr *r = tpStr_new(vm, p, (size_t)(e - p));
        if (put_piece(vm, l, r, mark) < 0) {
            return -1;
        }
    }
    return 0;
}

static int split_sep(VM *vm, ObjStr *s, ObjStr *sep, int64_t maxsplit, bool rev, ObjList *l,
                     size_t mark) {
    const char *start = s->data, *end = s->data + s->nbytes;
    while (maxsplit-- != 0) {
        const char *hit = rev ? rmemmem(start, (size_t)(end - start), sep->data, sep->nbytes)
                          : sep->nbytes == 1 ? memchr(start, sep->data[0], (size_t)(end - start))
                                             : memmem(start, (size_t)(end - start), sep->data, sep->nbytes);
        if (!hit) {
            break;
        }
        const char *a = rev ? hit + sep->nbytes : start, *b = rev ? end : hit;
        ObjStr *r = piece(vm, s->ascii, a, (size_t)(b - a));
        if (put_piece(vm, l, r, mark) < 0) {
            return -1;
        }
        if (rev) {
            end = hit;
        } else {
            start = hit + sep->nbytes;
        }
    }
    ObjStr *r = piece(vm, s->ascii, start, (size_t)(end - start));
    if (put_piece(vm, l, r, mark) < 0) {
        return -1;
    }
    return 0;
}

static void list_reverse(ObjList *l) {
    tpGC_list_moved(l, 0);
    for (size_t i = 0, j = l->len ? l->len - 1 : 0; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

static int str_split(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"sep", "maxsplit"};
    bool rev = vm->magic;
    Value a[2];
    const char *fname = rev ? "rsplit" : "split";
    if (tpArg_parse_kw(vm, fname, argc - 1, argv + 1, kwnames, 2, names, 2, a) < 0) {
        return -1;
    }
    int64_t maxsplit = -1;
    if (!IS_NULL(a[1]) && tpSize_arg(vm, a[1], false, &maxsplit) < 0) {
        return -1;
    }
    if (maxsplit < 0) {
        maxsplit = -1;
    }
    ObjStr *s = SELF;
    ObjList *l = tpList_new(vm, 0);
    if (!l) {
        return -1;
    }
    size_t mark = tpGC_save(vm);   /* l is pinned below it */
    int rc;
    if (IS_NULL(a[0]) || IS_NONE(a[0])) {
        rc = rev ? rsplit_ws(vm, s->data, s->data + s->nbytes, maxsplit, l, mark)
                 : split_ws(vm, s->data, s->data + s->nbytes, maxsplit, s->ascii, l, mark);
    } else if (!tpStr_check(vm, a[0])) {
        return tpErr_format(vm, EXC_TypeError, "must be str or None, not %T", a[0]);
    } else if (AS_STR(a[0])->nbytes == 0) {
        return tpErr_raise(vm, EXC_ValueError, "empty separator");
    } else {
        rc = split_sep(vm, s, AS_STR(a[0]), maxsplit, rev, l, mark);
    }
    if (rc < 0) {
        return -1;
    }
    if (rev) {
        list_reverse(l);
    }
    *out = OBJ_VAL(l);
    return 0;
}

/* Length of the line break at p (0 if none). */
static size_t line_break(const char *p, const char *end) {
    uint8_t c = (uint8_t)*p;
    if (c == '\r') {
        return (p + 1 < end && p[1] == '\n') ? 2 : 1;
    }
    if (c == '\n' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e)) {
        return 1;
    }
    if (c == 0xC2 && p + 1 < end && (uint8_t)p[1] == 0x85) {
        return 2;
    }
    if (c == 0xE2 && p + 2 < end && (uint8_t)p[1] == 0x80 &&
        ((uint8_t)p[2] == 0xA8 || (uint8_t)p[2] == 0xA9)) {
        return 3;
    }
    return 0;
}

static int str_splitlines(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (tpArg_parse_kw(vm, "splitlines", argc - 1, argv + 1, kwnames, 1, names, 1, a) < 0) {
        return -1;
    }
    int keep = 0;
    if (!IS_NULL(a[0])) {
        int64_t k;
        if (tpSize_arg(vm, a[0], true, &k) < 0) {
            return -1;
        }
        keep = k != 0;
    }
    ObjStr *s = SELF;
    ObjList *l = tpList_new(vm, 0);
    if (!l) {
        return -1;
    }
    size_t mark = tpGC_save(vm);   /* l is pinned below it */
    const char *p = s->data, *end = s->data + s->nbytes, *line = p;
    while (p < end) {
        size_t br = line_break(p, end);
        if (!br) {
            p++;
            continue;
        }
        ObjStr *r = tpStr_new(vm, line, (size_t)(p - line) + (keep ? br : 0));
        if (put_piece(vm, l, r, mark) < 0) {
            return -1;
        }
        p += br;
        line = p;
    }
    if (line < end) {
        ObjStr *r = tpStr_new(vm, line, (size_t)(end - line));
        if (put_piece(vm, l, r, mark) < 0) {
            return -1;
        }
    }
    *out = OBJ_VAL(l);
    return 0;
}

static int str_partition(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    bool rev = vm->magic;
    ObjStr *s = SELF, *sep;
    if (need_str(vm, argv[1], &sep) < 0) {
        return -1;
    }
    if (sep->nbytes == 0) {
        return tpErr_raise(vm, EXC_ValueError, "empty separator");
    }
    const char *hit = rev ? rmemmem(s->data, s->nbytes, sep->data, sep->nbytes)
                          : memmem(s->data, s->nbytes, sep->data, sep->nbytes);
    Value parts[3];
    if (!hit) {
        Value whole;
        if (ret_str(vm, argv[0], s, &whole) < 0) {
            return -1;
        }
        parts[0] = rev ? OBJ_VAL(vm->empty_str) : whole;
        parts[1] = OBJ_VAL(vm->empty_str);
        parts[2] = rev ? whole : OBJ_VAL(vm->empty_str);
    } else {
        ObjStr *a = tpStr_new(vm, s->data, (size_t)(hit - s->data));
        const char *after = hit + sep->nbytes;
        ObjStr *c = a ? tpStr_new(vm, after, (size_t)(s->data + s->nbytes - after)) : NULL;
        if (!c) {
            return -1;
        }
        parts[0] = OBJ_VAL(a);
        parts[1] = argv[1];
        parts[2] = OBJ_VAL(c);
    }
    ObjTuple *t = tpTuple_from(vm, 3, parts);
    if (!t) {
        return -1;
    }
    *out = OBJ_VAL(t);
    return 0;
}

/* ==== strip ==== */

static bool in_chars(ObjStr *chars, uint32_t cp) {
    if (!chars) {
        return tpUni_is(UNI_SPACE, cp);
    }
    const char *p = chars->data, *end = chars->data + chars->nbytes;
    while (p < end) {
        if (tpUtf8_decode(&p) == cp) {
            return true;
        }
    }
    return false;
}

/* magic: 1 left, 2 right, 3 both */
static int str_strip(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    int which = vm->magic;
    ObjStr *s = SELF, *chars = NULL;
    if (argc > 1 && !IS_NONE(argv[1])) {
        if (!tpStr_check(vm, argv[1])) {
            return tpErr_raise(vm, EXC_TypeError, "strip arg must be None or str");
        }
        chars = AS_STR(argv[1]);
    }
    const char *p = s->data, *end = s->data + s->nbytes;
    if (which & 1) {
        while (p < end) {
            const char *q = p;
            if (!in_chars(chars, tpUtf8_decode(&q))) {
                break;
            }
            p = q;
        }
    }
    if (which & 2) {
        while (end > p) {
            const char *q = prev_cp(p, end), *r = q;
            if (!in_chars(chars, tpUtf8_decode(&r))) {
                break;
            }
            end = q;
        }
    }
    if (p == s->data && end == s->data + s->nbytes) {
        return ret_str(vm, argv[0], s, out);
    }
    return ret_str(vm, argv[0], tpStr_new(vm, p, (size_t)(end - p)), out);
}

static int str_removeaffix(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    bool suffix = vm->magic;
    ObjStr *s = SELF;
    if (!tpStr_check(vm, argv[1])) {
        return tpErr_format(vm, EXC_TypeError, "%s() argument must be str, not %s",
                            suffix ? "removesuffix" : "removeprefix", tpArg_type_name(vm, argv[1]));
    }
    ObjStr *x = AS_STR(argv[1]);
    if (x->nbytes == 0 || x->nbytes > s->nbytes) {
        return ret_str(vm, argv[0], s, out);
    }
    const char *at = suffix ? s->data + s->nbytes - x->nbytes : s->data;
    if (memcmp(at, x->data, x->nbytes) != 0) {
        return ret_str(vm, argv[0], s, out);
    }
    const char *from = suffix ? s->data : s->data + x->nbytes;
    return ret_str(vm, argv[0], tpStr_new(vm, from, s->nbytes - x->nbytes), out);
}

/* ==== replace ==== */

static int str_replace(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    ObjStr *s = SELF;
    for (int i = 1; i <= 2; i++) {
        if (!tpStr_check(vm, argv[i])) {
            return tpErr_format(vm, EXC_TypeError, "replace() argument %d must be str, not %s", i,
                                tpArg_type_name(vm, argv[i]));
        }
    }
    ObjStr *old = AS_STR(argv[1]), *new_ = AS_STR(argv[2]);
    int64_t count = -1;
    if (argc > 3 && tpSize_arg(vm, argv[3], false, &count) < 0) {
        return -1;
    }
    if (count < 0) {
        count = INT64_MAX;
    }
    StrBuf b;
    tpBuf_init(&b);
    const char *p = s->data, *end = s->data + s->nbytes;
    int64_t done = 0;
    if (old->nbytes == 0) {
        while (done < count) {
            if (tpBuf_put_str(vm, &b, new_) < 0) {
                goto fail;
            }
            done++;
            if (p >= end) {
                break;
            }
            const char *q = p;
            tpUtf8_decode(&q);
            if (tpBuf_put(vm, &b, p, (size_t)(q - p)) < 0) {
                goto fail;
            }
            p = q;
        }
    } else {
        const char *hit;
        while (done < count && (hit = memmem(p, (size_t)(end - p), old->data, old->nbytes))) {
            if (tpBuf_put(vm, &b, p, (size_t)(hit - p)) < 0 || tpBuf_put_str(vm, &b, new_) < 0) {
                goto fail;
            }
            p = hit + old->nbytes;
            done++;
        }
    }
    if (done == 0) {
        tpBuf_free(&b);
        return ret_str(vm, argv[0], s, out);
    }
    if (tpBuf_put(vm, &b, p, (size_t)(end - p)) < 0) {
        goto fail;
    }
    return ret_buf(vm, &b, out);
fail:
    tpBuf_free(&b);
    return -1;
}

/* ==== padding ==== */

static int fill_char(VM *vm, int argc, Value *argv, int k, uint32_t *out) {
    *out = ' ';
    if (argc <= k) {
        return 0;
    }
    Value v = argv[k];
    if (!tpStr_check(vm, v)) {
        return tpErr_format(vm, EXC_TypeError,
                            "The fill character must be a unicode character, not %T", v);
    }
    if (AS_STR(v)->len != 1) {
        return tpErr_raise(vm, EXC_TypeError,
                           "The fill character must be exactly one character long");
    }
    *out = tpStr_char_at(vm, AS_STR(v), 0);
    return 0;
}

static int put_fill(VM *vm, StrBuf *b, uint32_t fill, int64_t n) {
    return tpBuf_put_fill(vm, b, fill, n);
}

static int pad(VM *vm, Value self, int64_t left, int64_t right, uint32_t fill, Value *out) {
    ObjStr *s = AS_STR(self);
    if (left <= 0 && right <= 0) {
        return ret_str(vm, self, s, out);
    }
    StrBuf b;
    tpBuf_init(&b);
    if (put_fill(vm, &b, fill, left) < 0 || tpBuf_put_str(vm, &b, s) < 0 ||
        put_fill(vm, &b, fill, right) < 0) {
        tpBuf_free(&b);
        return -1;
    }
    return ret_buf(vm, &b, out);
}

/* magic: 0 ljust, 1 rjust, 2 center */
static int str_just(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    int64_t width;
    uint32_t fill;
    if (tpSize_arg(vm, argv[1], false, &width) < 0 || fill_char(vm, argc, argv, 2, &fill) < 0) {
        return -1;
    }
    if (width <= (int64_t)SELF->len) { /* also keeps width - len from overflowing */
        return pad(vm, argv[0], 0, 0, fill, out);
    }
    int64_t padn = width - (int64_t)SELF->len;
    switch (vm->magic) {
    case 0: return pad(vm, argv[0], 0, padn, fill, out);
    case 1: return pad(vm, argv[0], padn, 0, fill, out);
    default: {
        int64_t left = padn / 2 + (padn & width & 1);
        return pad(vm, argv[0], left, padn - left, fill, out);
    }
    }
}

static int str_zfill(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjStr *s = SELF;
    int64_t width;
    if (tpSize_arg(vm, argv[1], false, &width) < 0) {
        return -1;
    }
    if (width <= (int64_t)s->len) {
        return ret_str(vm, argv[0], s, out);
    }
    int64_t n = width - (int64_t)s->len;
    StrBuf b;
    tpBuf_init(&b);
    size_t sign = (s->nbytes && (s->data[0] == '+' || s->data[0] == '-')) ? 1 : 0;
    if (tpBuf_put(vm, &b, s->data, sign) < 0 || put_fill(vm, &b, '0', n) < 0 ||
        tpBuf_put(vm, &b, s->data + sign, s->nbytes - sign) < 0) {
        tpBuf_free(&b);
        return -1;
    }
    return ret_buf(vm, &b, out);
}

static int str_expandtabs(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (tpArg_parse_kw(vm, "expandtabs", argc - 1, argv + 1, kwnames, 1, names, 1, a) < 0) {
        return -1;
    }
    int64_t tab = 8;
    if (!IS_NULL(a[0]) && tpSize_arg(vm, a[0], true, &tab) < 0) {
        return -1;
    }
    ObjStr *s = SELF;
    if (!memchr(s->data, '\t', s->nbytes)) {
        return ret_str(vm, argv[0], s, out);
    }
    StrBuf b;
    tpBuf_init(&b);
    int64_t col = 0;
    const char *p = s->data, *end = s->data + s->nbytes;
    while (p < end) {
        char c = *p;
        int rc = 0;
        if (c == '\t') {
            if (tab > 0) {
                int64_t n = tab - col % tab;
                rc = put_fill(vm, &b, ' ', n);
                col += n;
            }
            p++;
        } else {
            const char *q = p;
            tpUtf8_decode(&q);
            rc = tpBuf_put(vm, &b, p, (size_t)(q - p));
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
            p = q;
        }
        if (rc < 0) {
            tpBuf_free(&b);
            return -1;
        }
    }
    return ret_buf(vm, &b, out);
}

/* ==== case mapping ==== */

static uint32_t *decode_all(VM *vm, ObjStr *s) {
    uint32_t *cps = malloc((s->len + 1) * sizeof(uint32_t));
    if (!cps) {
        tpErr_no_memory(vm);
        return NULL;
    }
    const char *p = s->data;
    for (size_t i = 0; i < s->len; i++) {
        cps[i] = tpUtf8_decode(&p);
    }
    return cps;
}

/* Final sigma: Σ preceded by a cased letter and not followed by one (skipping ignorables). */
static bool final_sigma(const uint32_t *cps, size_t n, size_t i) {
    size_t j = i;
    while (j > 0 && tpUni_case_ignorable(cps[j - 1])) {
        j--;
    }
    if (j == 0 || !tpUni_cased(cps[j - 1])) {
        return false;
    }
    j = i + 1;
    while (j < n && tpUni_case_ignorable(cps[j])) {
        j++;
    }
    return j == n || !tpUni_cased(cps[j]);
}

static int put_mapped(VM *vm, StrBuf *b, int kind, const uint32_t *cps, size_t n, size_t i) {
    uint32_t m[3];
    if (kind == UNI_CASE_LOWER && cps[i] == 0x3A3) {
        return tpBuf_put_cp(vm, b, final_sigma(cps, n, i) ? 0x3C2 : 0x3C3);
    }
    int k = tpUni_map(kind, cps[i], m);
    for (int j = 0; j < k; j++) {
        if (tpBuf_put_cp(vm, b, m[j]) < 0) {
            return -1;
        }
    }
    return 0;
}

enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static int case_kind(int op, const uint32_t *cps, size_t i, bool *prev_cased) {
    uint32_t c = cps[i];
    switch (op) {
    case CASE_UPPER: return UNI_CASE_UPPER;
    case CASE_LOWER: return UNI_CASE_LOWER;
    case CASE_FOLD: return UNI_CASE_FOLD;
    case CASE_SWAP:
        if (tpUni_is(UNI_UPPER, c)) {
            return UNI_CASE_LOWER;
        }
        return tpUni_is(UNI_LOWER, c) ? UNI_CASE_UPPER : -1;
    case CASE_TITLE: {
        int k = *prev_cased ? UNI_CASE_LOWER : UNI_CASE_TITLE;
        *prev_cased = tpUni_cased(c);
        return k;
    }
    default:
        return i == 0 ? UNI_CASE_TITLE : UNI_CASE_LOWER;
    }
}

static char ascii_map(int op, char c, size_t i, bool prev) {
    bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
    bool to_up;
    switch (op) {
    case CASE_UPPER: to_up = true; break;
    case CASE_SWAP: to_up = lo; break;
    case CASE_TITLE: to_up = !prev; break;
    case CASE_CAPITALIZE: to_up = i == 0; break;
    default: to_up = false; break;
    }
    if (to_up && lo) {
        return (char)(c - 32);
    }
    if (!to_up && up) {
        return (char)(c + 32);
    }
    return c;
}

static int ascii_case(VM *vm, Value self, int op, Value *out) {
    ObjStr *s = AS_STR(self);
    if (s->nbytes <= 1) {   /* keep the shared empty and one-character strs */
        char one[2] = {s->nbytes ? ascii_map(op, s->data[0], 0, false) : '\0', '\0'};
        return ret_str(vm, self, tpStr_new(vm, one, s->nbytes), out);
    }
    /* the result has the same length and is ASCII too: write it in place of a temporary buffer */
    ObjStr *r = tpStr_alloc_raw(vm, s->nbytes, s->nbytes, true);
    if (!r) {
        return -1;
    }
    const unsigned char *src = (const unsigned char *)s->data;
    unsigned char *dst = (unsigned char *)r->data;
    size_t n = s->nbytes;
    if (op == CASE_UPPER || op == CASE_LOWER || op == CASE_FOLD || op == CASE_CAPITALIZE) {
        /* one flip of bit 0x20 over a letter range: a loop the compiler vectorises */
        unsigned char lo = op == CASE_UPPER ? 'a' : 'A';
        size_t i = 0;
        if (op == CASE_CAPITALIZE) {
            dst[0] = (unsigned char)ascii_map(op, (char)src[0], 0, false);
            i = 1;
        }
        /* 8 bytes at a time (-O2 does not vectorise the byte loop): every byte is < 0x80, so
         * adding 0x80 - lo (resp. 0x80 - (lo + 26)) sets a byte's top bit iff it is >= lo
         * (resp. >= lo + 26) without carrying into the next byte */
        const uint64_t ones = 0x0101010101010101u;
        const uint64_t ge_lo = ones * (uint64_t)(0x80 - lo);
        const uint64_t ge_end = ones * (uint64_t)(0x80 - (lo + 26));
        for (; i + 8 <= n; i += 8) {
            uint64_t w;
            memcpy(&w, src + i, 8);
            uint64_t in_range = (w + ge_lo) & ~(w + ge_end) & (ones * 0x80);
            w ^= in_range >> 2;   /* 0x80 >> 2 == 0x20: the case bit of the letters */
            memcpy(dst + i, &w, 8);
        }
        for (; i < n; i++) {
            unsigned char c = src[i];
            dst[i] = (unsigned char)(c ^ ((unsigned char)(c - lo) < 26 ? 0x20 : 0));
        }
    } else {
        bool prev = false;
        for (size_t i = 0; i < n; i++) {
            char c = (char)src[i];
            dst[i] = (unsigned char)ascii_map(op, c, i, prev);
            prev = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int str_case(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    int op = vm->magic;
    ObjStr *s = SELF;
    if (s->ascii) {
        return ascii_case(vm, argv[0], op, out);
    }
    uint32_t *cps = decode_all(vm, s);
    if (!cps) {
        return -1;
    }
    StrBuf b;
    tpBuf_init(&b);
    bool prev = false;
    int rc = 0;
    for (size_t i = 0; i < s->len && rc == 0; i++) {
        int kind = case_kind(op, cps, i, &prev);
        rc = kind < 0 ? tpBuf_put_cp(vm, &b, cps[i]) : put_mapped(vm, &b, kind, cps, s->len, i);
    }
    free(cps);
    if (rc < 0) {
        tpBuf_free(&b);
        return -1;
    }
    return ret_buf(vm, &b, out);
}

/* ==== predicates ==== */

enum { PRED_ALPHA, PRED_DECIMAL, PRED_DIGIT, PRED_NUMERIC, PRED_ALNUM, PRED_SPACE, PRED_PRINTABLE,
       PRED_ASCII, PRED_IDENT, PRED_UPPER, PRED_LOWER, PRED_TITLE };

static bool char_pred(int pred, uint32_t cp) {
    switch (pred) {
    case PRED_ALPHA: return tpUni_is(UNI_ALPHA, cp);
    case PRED_DECIMAL: return tpUni_is(UNI_DECIMAL, cp);
    case PRED_DIGIT: return tpUni_is(UNI_DIGIT, cp);
    case PRED_NUMERIC: return tpUni_is(UNI_NUMERIC, cp);
    case PRED_ALNUM: return tpUni_isalnum(cp);
    case PRED_SPACE: return tpUni_is(UNI_SPACE, cp);
    case PRED_PRINTABLE: return tpUni_is(UNI_PRINTABLE, cp);
    default: return cp < 0x80;
    }
}

static bool case_pred(int pred, ObjStr *s) {
    bool cased = false, prev_cased = false;
    const char *p = s->data, *end = s->data + s->nbytes;
    while (p < end) {
        uint32_t c = tpUtf8_decode(&p);
        bool up = tpUni_is(UNI_UPPER, c), lo = tpUni_is(UNI_LOWER, c), ti = tpUni_is(UNI_TITLE, c);
        if (pred == PRED_UPPER && (lo || ti)) {
            return false;
        }
        if (pred == PRED_LOWER && (up || ti)) {
            return false;
        }
        if (pred == PRED_TITLE) {
            if (up || ti) {
                if (prev_cased) {
                    return false;
                }
                prev_cased = cased = true;
            } else if (lo) {
                if (!prev_cased) {
                    return false;
                }
                cased = true;
            } else {
                prev_cased = false;
            }
        } else if ((pred == PRED_UPPER && up) || (pred == PRED_LOWER && lo)) {
            cased = true;
        }
    }
    return cased;
}

static bool is_identifier(ObjStr *s) {
    if (s->nbytes == 0) {
        return false;
    }
    const char *p = s->data, *end = s->data + s->nbytes;
    if (!tpUni_is(UNI_XID_START, tpUtf8_decode(&p))) {
        return false;
    }
    while (p < end) {
        if (!tpUni_is(UNI_XID_CONTINUE, tpUtf8_decode(&p))) {
            return false;
        }
    }
    return true;
}

static int str_pred(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    int pred = vm->magic;
    ObjStr *s = SELF;
    bool r;
    if (pred == PRED_UPPER || pred == PRED_LOWER || pred == PRED_TITLE) {
        r = case_pred(pred, s);
    } else if (pred == PRED_IDENT) {
        r = is_identifier(s);
    } else if (pred == PRED_ASCII) {
        r = s->ascii;
    } else {
        r = s->nbytes > 0 || pred == PRED_PRINTABLE;
        const char *p = s->data, *end = s->data + s->nbytes;
        while (r && p < end) {
            r = char_pred(pred, tpUtf8_decode(&p));
        }
    }
    *out = BOOL_VAL(r);
    return 0;
}

/* ==== encode, format ==== */

static int str_encode(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (tpArg_parse_kw(vm, "encode", argc - 1, argv + 1, kwnames, 2, names, 2, a) < 0) {
        return -1;
    }
    const char *cs[2] = {NULL, NULL};
    for (int i = 0; i < 2; i++) {
        if (IS_NULL(a[i])) {
            continue;
        }
        if (!tpStr_check(vm, a[i])) {
            return tpErr_format(vm, EXC_TypeError, "encode() argument '%s' must be str, not %s",
                                names[i], tpArg_type_name(vm, a[i]));
        }
        if (strlen(AS_STR(a[i])->data) != AS_STR(a[i])->nbytes) {
            return tpErr_raise(vm, EXC_ValueError, "embedded null character");
        }
        cs[i] = AS_STR(a[i])->data;
    }
    return tpStr_encode(vm, SELF, cs[0], cs[1], out);
}

static int str_format_m(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    Value kw = NULL_VAL;
    if (kwnames && kwnames->len) {
        ObjDict *d = tpDict_new(vm);
        if (!d) {
            return -1;
        }
        for (size_t i = 0; i < kwnames->len; i++) {
            if (tpDict_set(vm, d, kwnames->items[i], argv[argc + (int)i]) < 0) {
                return -1;
            }
        }
        kw = OBJ_VAL(d);
    }
    return tpStr_format(vm, SELF, argc - 1, argv + 1, kw, out);
}

static int str_format_map(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    return tpStr_format(vm, SELF, 0, NULL, argv[1], out);
}

/* ==== maketrans / translate ==== */

static int maketrans_dict(VM *vm, Value x, ObjDict *d) {
    if (!IS_OBJ(x) || !tpObj_is(vm, x, TYPE_DICT)) {
        return tpErr_raise(vm, EXC_TypeError,
                           "if you give only one argument to maketrans it must be a dict");
    }
    size_t pos = 0;
    Value k, v;
    while (tpDict_next(AS_DICT(x), &pos, &k, &v)) {
        if (tpStr_check(vm, k)) {
            if (AS_STR(k)->len != 1) {
                return tpErr_raise(vm, EXC_ValueError,
                                   "string keys in translate table must be of length 1");
            }
            k = INT_VAL(tpStr_char_at(vm, AS_STR(k), 0));
        } else if (!tpInt_check(vm, k)) {
            return tpErr_raise(vm, EXC_TypeError,
                               "keys in translate table must be strings or integers");
        }
        if (tpDict_set(vm, d, k, v) < 0) {
            return -1;
        }
    }
    return 0;
}

static int maketrans_strs(VM *vm, int argc, Value *argv, ObjDict *d) {
    for (int i = 0; i < argc; i++) {
        if (!tpStr_check(vm, argv[i])) {
            return tpErr_format(vm, EXC_TypeError, "maketrans() argument %d must be str, not %s",
                                i + 1, tpArg_type_name(vm, argv[i]));
        }
    }
    ObjStr *x = AS_STR(argv[0]), *y = AS_STR(argv[1]);
    if (x->len != y->len) {
        return tpErr_raise(vm, EXC_ValueError,
                           "the first two maketrans arguments must have equal length");
    }
    const char *p = x->data, *q = y->data;
    for (size_t i = 0; i < x->len; i++) {
        uint32_t a = tpUtf8_decode(&p), b = tpUtf8_decode(&q);
        if (tpDict_set(vm, d, INT_VAL(a), INT_VAL(b)) < 0) {
            return -1;
        }
    }
    if (argc > 2) {
        ObjStr *z = AS_STR(argv[2]);
        const char *r = z->data;
        for (size_t i = 0; i < z->len; i++) {
            if (tpDict_set(vm, d, INT_VAL(tpUtf8_decode(&r)), NONE_VAL) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static int str_maketrans(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    ObjDict *d = tpDict_new(vm);
    if (!d) {
        return -1;
    }
    int rc = argc == 1 ? maketrans_dict(vm, argv[0], d) : maketrans_strs(vm, argc, argv, d);
    if (rc < 0) {
        return -1;
    }
    *out = OBJ_VAL(d);
    return 0;
}

static int translate_one(VM *vm, Value table, uint32_t cp, StrBuf *b) {
    Value m;
    if (tpObj_getitem(vm, table, INT_VAL(cp), &m) < 0) {
        if (!tpErr_matches(vm, EXC_LookupError)) {
            return -1;
        }
        tpErr_clear(vm);
        return tpBuf_put_cp(vm, b, cp);
    }
    if (IS_NONE(m)) {
        return 0;
    }
    if (tpStr_check(vm, m)) {
        return tpBuf_put_str(vm, b, AS_STR(m));
    }
    if (tpInt_check(vm, m)) {
        int64_t c;
        if (tpInt_as_i64(vm, m, &c) < 0) {
            tpErr_clear(vm);
            c = -1;
        }
        if (c < 0 || c > 0x10FFFF) {
            return tpErr_raise(vm, EXC_ValueError, "character mapping must be in range(0x110000)");
        }
        return tpBuf_put_cp(vm, b, (uint32_t)c);
    }
    return tpErr_raise(vm, EXC_TypeError, "character mapping must return integer, None or str");
}

static int str_translate(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjStr *s = SELF;
    StrBuf b;
    tpBuf_init(&b);
    const char *p = s->data, *end = s->data + s->nbytes;
    while (p < end) {
        if (translate_one(vm, argv[1], tpUtf8_decode(&p), &b) < 0) {
            tpBuf_free(&b);
            return -1;
        }
    }
    return ret_buf(vm, &b, out);
}

static int str_getnewargs(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjStr *s = tpStr_new(vm, SELF->data, SELF->nbytes);
    ObjTuple *t = s ? tpTuple_pack(vm, 1, OBJ_VAL(s)) : NULL;
    if (!t) {
        return -1;
    }
    *out = OBJ_VAL(t);
    return 0;
}

const MethodDef tpStr_methods[] = {
    TP_METHOD_MAGIC("capitalize", str_case, 0, 0, CASE_CAPITALIZE),
    TP_METHOD_MAGIC("casefold", str_case, 0, 0, CASE_FOLD),
    TP_METHOD_MAGIC("center", str_just, 1, 2, 2),
    TP_METHOD("count", str_count, 1, 3),
    TP_METHOD_KW("encode", str_encode, 0, -1), /* tpArg_parse_kw checks the count */
    TP_METHOD_MAGIC("endswith", str_startswith, 1, 3, 1),
    TP_METHOD_KW("expandtabs", str_expandtabs, 0, 1),
    TP_METHOD_MAGIC("find", str_find, 1, 3, 0),
    TP_METHOD_KW("format", str_format_m, 0, -1),
    TP_METHOD("format_map", str_format_map, 1, 1),
    TP_METHOD_MAGIC("index", str_index, 1, 3, 0),
    TP_METHOD_MAGIC("isalnum", str_pred, 0, 0, PRED_ALNUM),
    TP_METHOD_MAGIC("isalpha", str_pred, 0, 0, PRED_ALPHA),
    TP_METHOD_MAGIC("isascii", str_pred, 0, 0, PRED_ASCII),
    TP_METHOD_MAGIC("isdecimal", str_pred, 0, 0, PRED_DECIMAL),
    TP_METHOD_MAGIC("isdigit", str_pred, 0, 0, PRED_DIGIT),
    TP_METHOD_MAGIC("isidentifier", str_pred, 0, 0, PRED_IDENT),
    TP_METHOD_MAGIC("islower", str_pred, 0, 0, PRED_LOWER),
    TP_METHOD_MAGIC("isnumeric", str_pred, 0, 0, PRED_NUMERIC),
    TP_METHOD_MAGIC("isprintable", str_pred, 0, 0, PRED_PRINTABLE),
    TP_METHOD_MAGIC("isspace", str_pred, 0, 0, PRED_SPACE),
    TP_METHOD_MAGIC("istitle", str_pred, 0, 0, PRED_TITLE),
    TP_METHOD_MAGIC("isupper", str_pred, 0, 0, PRED_UPPER),
    TP_METHOD("join", str_join, 1, 1),
    TP_METHOD_MAGIC("ljust", str_just, 1, 2, 0),
    TP_METHOD_MAGIC("lower", str_case, 0, 0, CASE_LOWER),
    TP_METHOD_MAGIC("lstrip", str_strip, 0, 1, 1),
    {"maketrans", str_maketrans, 1, 3, METH_STATIC, 0, NULL},
    TP_METHOD_MAGIC("partition", str_partition, 1, 1, 0),
    TP_METHOD_MAGIC("removeprefix", str_removeaffix, 1, 1, 0),
    TP_METHOD_MAGIC("removesuffix", str_removeaffix, 1, 1, 1),
    TP_METHOD("replace", str_replace, 2, 3),
    TP_METHOD_MAGIC("rfind", str_find, 1, 3, 1),
    TP_METHOD_MAGIC("rindex", str_index, 1, 3, 1),
    TP_METHOD_MAGIC("rjust", str_just, 1, 2, 1),
    TP_METHOD_MAGIC("rpartition", str_partition, 1, 1, 1),
    {"rsplit", str_split, 0, 2, METH_KW, 1, NULL},
    TP_METHOD_MAGIC("rstrip", str_strip, 0, 1, 2),
    {"split", str_split, 0, 2, METH_KW, 0, NULL},
    TP_METHOD_KW("splitlines", str_splitlines, 0, 1),
    TP_METHOD_MAGIC("startswith", str_startswith, 1, 3, 0),
    TP_METHOD_MAGIC("strip", str_strip, 0, 1, 3),
    TP_METHOD_MAGIC("swapcase", str_case, 0, 0, CASE_SWAP),
    TP_METHOD_MAGIC("title", str_case, 0, 0, CASE_TITLE),
    TP_METHOD("translate", str_translate, 1, 1),
    TP_METHOD_MAGIC("upper", str_case, 0, 0, CASE_UPPER),
    TP_METHOD("zfill", str_zfill, 1, 1),
    TP_METHOD("__getnewargs__", str_getnewargs, 0, 0),
    TP_METHOD_END,
};
