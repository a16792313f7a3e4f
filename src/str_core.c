/*
 * str_core.c — the storage layer of `str`: creation, UTF-8 coding, code-point indexing, hashing,
 * interning and the StrBuf builder. Methods and formatting live in obj_str*.c.
 *
 * Invariants: ObjStr.data is valid (generalised) UTF-8 followed by '\0'; `len` counts code points;
 * `ascii` is set iff every byte is < 0x80. Non-ASCII strings get a lazy index of the byte offset
 * of every STR_INDEX_STEP-th code point, so s[i] costs at most STR_INDEX_STEP decodes.
 */
#include <stdlib.h>

#include "faultinject.h"
#include "runtime.h"
#include "size_check.h"
#include "str_impl.h"

#define STR_INDEX_STEP 64

/* ==== UTF-8 ==== */

uint32_t tpUtf8_decode(const char **p) {
    const unsigned char *s = (const unsigned char *)*p;
    uint32_t c = s[0];
    if (c < 0x80) {
        *p += 1;
        return c;
    }
    if (c < 0xE0) {
        *p += 2;
        return ((c & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if (c < 0xF0) {
        *p += 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    *p += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) | ((uint32_t)(s[2] & 0x3F) << 6) |
           (s[3] & 0x3F);
}

int tpUtf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* ==== creation ==== */

static ObjStr *str_alloc(VM *vm, size_t nbytes) {
    /* exact strs have no subclass tail, so the text may start in the header's padding */
    ObjStr *s = tpGC_alloc(vm, vm->types[TYPE_STR], offsetof(ObjStr, text) + nbytes + 1);
    if (s == NULL) {
        return NULL;
    }
    s->data = s->text;
    s->hash = -1;
    s->nbytes = nbytes;
    s->data[nbytes] = '\0';
    s->hdr.gc_mark |= TP_GC_LEAF;   /* inline text: no buffer to mark (tpStr_mark) */
    return s;
}

/* Count code points and detect ASCII: continuation bytes are not counted. Every str built from
 * bytes goes through here, so runs of ASCII are skipped 8 bytes at a time. */
static void str_measure(ObjStr *s) {
    const unsigned char *p = (const unsigned char *)s->data;
    size_t i = 0, n = 0;
    for (; i + 8 <= s->nbytes; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) {
            break;
        }
    }
    bool ascii = i + 8 > s->nbytes;
    for (size_t k = i; k < s->nbytes; k++) {
        unsigned char c = p[k];
        if (c >= 0x80) {
            ascii = false;
        }
        if ((c & 0xC0) != 0x80) {
            n++;
        }
    }
    s->len = i + n;
    s->ascii = ascii;
}

ObjStr *tpStr_alloc_raw(VM *vm, size_t nbytes, size_t len, bool ascii) {
    ObjStr *s = str_alloc(vm, nbytes);
    if (s != NULL) {
        s->len = len;
        s->ascii = ascii;
    }
    return s;
}

ObjStr *tpStr_new(VM *vm, const char *utf8, size_t nbytes) {
    if (nbytes == 0 && vm->empty_str != NULL) {
        return vm->empty_str;
    }
    if (nbytes == 1 && (unsigned char)utf8[0] < 0x80) {
        /* the shared one-character strs are made on first need (128 allocations less at
         * start-up); every 1-character ASCII str made here is that one object */
        ObjStr **slot = &vm->char_cache[(unsigned char)utf8[0]];
        if (*slot == NULL) {
            ObjStr *c = str_alloc(vm, 1);
            if (c == NULL) {
                return NULL;
            }
            c->data[0] = utf8[0];
            str_measure(c);
            *slot = c;
        }
        return *slot;
    }
    ObjStr *s = str_alloc(vm, nbytes);
    if (s == NULL) {
        return NULL;
    }
    memcpy(s->data, utf8, nbytes);
    str_measure(s);
    return s;
}

ObjStr *tpStr_new_known(VM *vm, const char *utf8, size_t nbytes, size_t len, bool ascii) {
    if (nbytes <= 1) {   /* the shared empty and one-character strs */
        return tpStr_new(vm, utf8, nbytes);
    }
    ObjStr *s = tpStr_alloc_raw(vm, nbytes, len, ascii);
    if (s != NULL) {
        memcpy(s->data, utf8, nbytes);
    }
    return s;
}

ObjStr *tpStr_new_ascii(VM *vm, const char *ascii, size_t nbytes) {
    return tpStr_new_known(vm, ascii, nbytes, nbytes, true);
}

ObjStr *tpStr_from_cstr(VM *vm, const char *cs) { return tpStr_new(vm, cs, strlen(cs)); }

ObjStr *tpStr_from_cp(VM *vm, uint32_t cp) {
    char buf[4];
    int n = tpUtf8_encode(cp, buf);
    return tpStr_new(vm, buf, (size_t)n);
}

/* ==== indexing ====
 * The index of a non-ASCII str lives in a side table keyed by the str's address (open addressing,
 * linear probing), so the header has no field for it: few strs are ever indexed by position. The
 * str's has_index flag says whether it has an entry; its `free` slot removes it. */

typedef struct StrIndexEntry {
    ObjStr *key;             /* NULL: empty */
    uint32_t *idx;
} StrIndexEntry;

struct StrIndexTable {
    size_t cap, n;           /* cap: a power of two */
    StrIndexEntry *e;
    ObjStr *last_key;        /* one-entry cache: a loop indexes the same str again and again */
    uint32_t *last_idx;
};

static size_t index_home(const struct StrIndexTable *t, const ObjStr *s) {
    return (size_t)(((uintptr_t)s >> 4) * 0x9E3779B97F4A7C15ULL >> 20) & (t->cap - 1);
}

static uint32_t *index_get(VM *vm, ObjStr *s) {
    struct StrIndexTable *t = vm->str_index;
    if (!s->has_index || t == NULL) {
        return NULL;
    }
    if (t->last_key == s) {
        return t->last_idx;
    }
    for (size_t i = index_home(t, s);; i = (i + 1) & (t->cap - 1)) {
        if (t->e[i].key == s) {
            t->last_key = s;
            t->last_idx = t->e[i].idx;
            return t->e[i].idx;
        }
        if (t->e[i].key == NULL) {
            return NULL;
        }
    }
}

static void index_insert(struct StrIndexTable *t, ObjStr *s, uint32_t *idx) {
    size_t i = index_home(t, s);
    while (t->e[i].key != NULL) {
        i = (i + 1) & (t->cap - 1);
    }
    t->e[i].key = s;
    t->e[i].idx = idx;
    t->n++;
}

/* Records idx as s's index; false (nothing changed) when out of memory. */
static bool index_put(VM *vm, ObjStr *s, uint32_t *idx) {
    struct StrIndexTable *t = vm->str_index;
    if (t == NULL) {
        if ((t = calloc(1, sizeof *t)) == NULL) {
            return false;
        }
        vm->str_index = t;
    }
    if ((t->n + 1) * 2 > t->cap) {
        size_t ncap = t->cap ? t->cap * 2 : 64;
        StrIndexEntry *ne = calloc(ncap, sizeof *ne), *old = t->e;
        if (ne == NULL) {
            return false;
        }
        size_t ocap = t->cap;
        t->e = ne;
        t->cap = ncap;
        t->n = 0;
        for (size_t i = 0; i < ocap; i++) {
            if (old[i].key != NULL) {
                index_insert(t, old[i].key, old[i].idx);
            }
        }
        free(old);
    }
    index_insert(t, s, idx);
    s->has_index = 1;
    return true;
}

/* Drops s's entry (and frees its index); the table goes when it is empty. */
static void index_remove(VM *vm, ObjStr *s) {
    struct StrIndexTable *t = vm->str_index;
    s->has_index = 0;
    if (t == NULL) {
        return;
    }
    size_t i = index_home(t, s);
    while (t->e[i].key != s) {
        if (t->e[i].key == NULL) {
            return;
        }
        i = (i + 1) & (t->cap - 1);
    }
    free(t->e[i].idx);
    t->n--;
    if (t->last_key == s) {
        t->last_key = NULL;
        t->last_idx = NULL;
    }
    if (t->n == 0) {
        free(t->e);
        free(t);
        vm->str_index = NULL;
        return;
    }
    /* backward-shift deletion: move later members of the probe run into the hole */
    size_t hole = i;
    for (size_t j = (i + 1) & (t->cap - 1); t->e[j].key != NULL; j = (j + 1) & (t->cap - 1)) {
        size_t home = index_home(t, t->e[j].key);
        /* e[j] may fill the hole when its home is not cyclically within (hole, j] */
        if (((j - home) & (t->cap - 1)) >= ((j - hole) & (t->cap - 1))) {
            t->e[hole] = t->e[j];
            hole = j;
        }
    }
    t->e[hole].key = NULL;
    t->e[hole].idx = NULL;
}

static uint32_t *str_build_index(VM *vm, ObjStr *s) {
    size_t nidx = s->len / STR_INDEX_STEP + 1;
    uint32_t *idx = malloc(nidx * sizeof(uint32_t));
    if (idx == NULL) {
        return NULL; /* indexing still works, just by scanning */
    }
    const char *p = s->data;
    size_t k = 0;
    for (size_t i = 0; i < s->len; i++) {
        if (i % STR_INDEX_STEP == 0) {
            idx[k++] = (uint32_t)(p - s->data);
        }
        tpUtf8_decode(&p);
    }
    if (k < nidx) {
        idx[k] = (uint32_t)s->nbytes;
    }
    if (!index_put(vm, s, idx)) {
        free(idx);
        return NULL;
    }
    return idx;
}

size_t tpStr_offset(VM *vm, ObjStr *s, size_t i) {
    if (s->ascii || i == 0) {
        return i;
    }
    if (i >= s->len) {
        return s->nbytes;
    }
    const char *p = s->data;
    size_t start = 0;
    if (i < STR_INDEX_STEP) {   /* near the start: no index needed */
        for (size_t k = 0; k < i; k++) {
            tpUtf8_decode(&p);
        }
        return (size_t)(p - s->data);
    }
    uint32_t *index = index_get(vm, s);
    if (index == NULL && s->nbytes <= UINT32_MAX) {
        index = str_build_index(vm, s);
    }
    if (index != NULL) {
        p = s->data + index[i / STR_INDEX_STEP];
        start = i - i % STR_INDEX_STEP;
    }
    for (size_t k = start; k < i; k++) {
        tpUtf8_decode(&p);
    }
    return (size_t)(p - s->data);
}

uint32_t tpStr_char_at(VM *vm, ObjStr *s, size_t i) {
    if (s->ascii) {
        return (unsigned char)s->data[i];
    }
    const char *p = s->data + tpStr_offset(vm, s, i);
    return tpUtf8_decode(&p);
}

ObjStr *tpStr_substr(VM *vm, ObjStr *s, size_t start, size_t end) {
    if (start == 0 && end >= s->len) {
        return s;
    }
    if (end <= start) {
        return tpStr_new(vm, "", 0);
    }
    size_t a = tpStr_offset(vm, s, start);
    size_t b = tpStr_offset(vm, s, end);
    if (b - a <= 1) {   /* the shared empty and one-character strs */
        return tpStr_new(vm, s->data + a, b - a);
    }
    /* the length is known, and valid UTF-8 is ASCII exactly when it has one byte per code point */
    ObjStr *r = tpStr_alloc_raw(vm, b - a, end - start, b - a == end - start);
    if (r != NULL) {
        memcpy(r->data, s->data + a, b - a);
    }
    return r;
}

/* ==== comparison ==== */

bool tpStr_eq(ObjStr *a, ObjStr *b) { return tpStr_eq_inline(a, b); }

/* UTF-8 byte order equals code-point order, so memcmp suffices. */
int tpStr_cmp(ObjStr *a, ObjStr *b) {
    size_t n = a->nbytes < b->nbytes ? a->nbytes : b->nbytes;
    int c = memcmp(a->data, b->data, n);
    if (c != 0) {
        return c;
    }
    return a->nbytes < b->nbytes ? -1 : a->nbytes > b->nbytes ? 1 : 0;
}

/* ==== hashing: SipHash-1-3 keyed per process ==== */

#define ROTL64(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                                 \
    do {                                                                                         \
        v0 += v1;                                                                                \
        v1 = ROTL64(v1, 13);                                                                     \
        v1 ^= v0;                                                                                \
        v0 = ROTL64(v0, 32);                                                                     \
        v2 += v3;                                                                                \
        v3 = ROTL64(v3, 16);                                                                     \
        v3 ^= v2;                                                                                \
        v0 += v3;                                                                                \
        v3 = ROTL64(v3, 21);                                                                     \
        v3 ^= v0;                                                                                \
        v2 += v1;                                                                                \
        v1 = ROTL64(v1, 17);                                                                     \
        v1 ^= v2;                                                                                \
        v2 = ROTL64(v2, 32);                                                                     \
    } while (0)

static uint64_t siphash13(uint64_t k0, uint64_t k1, const uint8_t *in, size_t len) {
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    uint64_t b = (uint64_t)len << 56;
    size_t full = len & ~(size_t)7;
    for (size_t i = 0; i < full; i += 8) {
        uint64_t m;
        memcpy(&m, in + i, 8); /* little-endian hosts only for now; see docs */
        v3 ^= m;
        SIPROUND;
        v0 ^= m;
    }
    /* the 0-7 tail bytes, little-endian, in at most three loads instead of a byte loop */
    const uint8_t *tail = in + full;
    size_t r = len & 7, at = 0;
    uint64_t t = 0;
    if (r & 4) {
        uint32_t w;
        memcpy(&w, tail, 4);
        t = w;
        at = 4;
    }
    if (r & 2) {
        uint16_t w;
        memcpy(&w, tail + at, 2);
        t |= (uint64_t)w << (8 * at);
        at += 2;
    }
    if (r & 1) {
        t |= (uint64_t)tail[at] << (8 * at);
    }
    b |= t;
    v3 ^= b;
    SIPROUND;
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

int64_t tpHash_bytes(VM *vm, const void *data, size_t n) {
    if (n == 0) {
        return 0; /* matches CPython: hash('') == hash(b'') == 0 */
    }
    int64_t h = (int64_t)siphash13(vm->hash_k0, vm->hash_k1, data, n);
    return h == -1 ? -2 : h;
}

/* CPython hashes a str over its fixed-width code units (1, 2 or 4 bytes per character by the
 * widest character); hashing the same bytes keeps our hashes, and so set orders, equal to its. */
static int64_t hash_non_ascii(VM *vm, ObjStr *s) {
    uint32_t maxc = 0;
    const char *p = s->data, *end = s->data + s->nbytes;
    while (p < end) {
        uint32_t c = tpUtf8_decode(&p);
        maxc = c > maxc ? c : maxc;
    }
    size_t width = maxc < 0x100 ? 1 : maxc < 0x10000 ? 2 : 4;
    uint8_t small[256];
    uint8_t *buf = s->len * width <= sizeof small ? small : malloc(s->len * width);
    if (buf == NULL) {
        return tpHash_bytes(vm, s->data, s->nbytes); /* still a valid, stable hash */
    }
    p = s->data;
    for (size_t i = 0; i < s->len; i++) {
        uint32_t c = tpUtf8_decode(&p);
        for (size_t k = 0; k < width; k++) {
            buf[i * width + k] = (uint8_t)(c >> (8 * k)); /* little-endian code units */
        }
    }
    int64_t h = tpHash_bytes(vm, buf, s->len * width);
    if (buf != small) {
        free(buf);
    }
    return h;
}

int64_t tpStr_hash(VM *vm, ObjStr *s) {
    if (s->hash == -1) {
        s->hash = s->ascii ? tpHash_bytes(vm, s->data, s->nbytes) : hash_non_ascii(vm, s);
    }
    return s->hash;
}

/* ==== interning ==== */

ObjStr *tpStr_intern(VM *vm, ObjStr *s) {
    if (s->interned) {
        return s;
    }
    if (s->data != s->text) { /* names are used as C strings: intern an unshared copy */
        s = tpStr_new(vm, s->data, s->nbytes);
        if (s == NULL || s->interned) {
            return s;
        }
    }
    Value found = tpDict_get_str(vm, vm->interned, s);
    if (!IS_NULL(found)) {
        return AS_STR(found);
    }
    if (tpDict_set_str(vm, vm->interned, s, OBJ_VAL(s)) < 0) {
        return NULL;
    }
    s->interned = 1;
    return s;
}

/* Names are asked for by C string again and again (method tables, attribute names): an ASCII
 * one already interned is found by its bytes, without making a str to throw away. */
ObjStr *tpStr_intern_cstr(VM *vm, const char *cs) {
    size_t n = strlen(cs), i = 0;
    uint64_t high = 0;
    for (; i + 8 <= n; i += 8) {   /* the ASCII test a word at a time */
        uint64_t w;
        memcpy(&w, cs + i, 8);
        high |= w;
    }
    for (; i < n; i++) {
        high |= (unsigned char)cs[i];
    }
    if (!(high & 0x8080808080808080ULL) && vm->interned != NULL) {
        int64_t h = tpHash_bytes(vm, cs, n);
        ObjStr *found = tpDict_find_str_key(vm, vm->interned, cs, n, h);
        if (found != NULL) {
            return found;
        }
        /* not interned (the probe says so): no measuring, no second probe (start-up interns
         * ~500 names this way) */
        ObjStr *s = tpStr_new_ascii(vm, cs, n);
        if (s == NULL || s->interned) {
            return s;
        }
        if (s->hash == -1) {
            s->hash = h; /* an ASCII str's hash is that of its bytes (tpStr_hash) */
        }
        /* the probe above found no such key, and making s interned nothing */
        if (tpDict_add_absent_str(vm, vm->interned, s, h, OBJ_VAL(s)) < 0) {
            return NULL;
        }
        s->interned = 1;
        return s;
    }
    ObjStr *s = tpStr_new(vm, cs, n);
    return s == NULL ? NULL : tpStr_intern(vm, s);
}

/* ==== StrBuf ==== */

static int buf_reserve(VM *vm, StrBuf *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap) {
        return 0;
    }
    if (extra > SIZE_MAX / 4 - b->len) {
        return tpErr_no_memory(vm); /* and the doubling below cannot overflow */
    }
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) {
        cap *= 2;
    }
    /* C memory of no object, but the fuzzers' heap cap and fault injection cover it too */
    char *p = TP_FAULT_ALLOC_FAILS(vm, cap) ? NULL : realloc(b->borrowed ? NULL : b->data, cap);
    if (p == NULL) {
        return tpErr_no_memory(vm);
    }
    if (b->borrowed) {
        memcpy(p, b->data, b->len);
        b->borrowed = false;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

int tpBuf_put_fill(VM *vm, StrBuf *b, uint32_t cp, int64_t n) {
    if (n <= 0) {
        return 0;
    }
    char enc[4];
    size_t len = (size_t)tpUtf8_encode(cp, enc);
    if (tpSize_check_items(vm, (size_t)n, len, b->len + 1) < 0 ||
        buf_reserve(vm, b, (size_t)n * len) < 0) {
        return -1;
    }
    char *dst = b->data + b->len;
    if (len == 1) {
        memset(dst, enc[0], (size_t)n);
    } else {
        for (int64_t i = 0; i < n; i++) {
            memcpy(dst + (size_t)i * len, enc, len);
        }
    }
    b->len += (size_t)n * len;
    return 0;
}

int tpBuf_put_grow(VM *vm, StrBuf *b, const char *s, size_t n) {
    if (buf_reserve(vm, b, n) < 0) {
        return -1;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    return 0;
}

int tpBuf_puts(VM *vm, StrBuf *b, const char *s) { return tpBuf_put(vm, b, s, strlen(s)); }


int tpBuf_put_cp(VM *vm, StrBuf *b, uint32_t cp) {
    char tmp[4];
    int n = tpUtf8_encode(cp, tmp);
    return tpBuf_put(vm, b, tmp, (size_t)n);
}

int tpBuf_put_str(VM *vm, StrBuf *b, ObjStr *s) { return tpBuf_put(vm, b, s->data, s->nbytes); }

int tpBuf_printf(VM *vm, StrBuf *b, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        return tpErr_raise(vm, EXC_SystemError, "bad format");
    }
    if ((size_t)n < sizeof small) {
        return tpBuf_put(vm, b, small, (size_t)n);
    }
    if (buf_reserve(vm, b, (size_t)n) < 0) {
        return -1;
    }
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

int tpBuf_put_repr(VM *vm, StrBuf *b, Value v) {
    Value r;
    if (tpObj_repr(vm, v, &r) < 0) {
        return -1;
    }
    return tpBuf_put_str(vm, b, AS_STR(r));
}

int tpBuf_put_strv(VM *vm, StrBuf *b, Value v) {
    Value r;
    if (tpObj_str(vm, v, &r) < 0) {
        return -1;
    }
    return tpBuf_put_str(vm, b, AS_STR(r));
}

ObjStr *tpBuf_finish(VM *vm, StrBuf *b) {
    ObjStr *s = tpStr_new(vm, b->data ? b->data : "", b->len);
    tpBuf_free(b);
    return s;
}

ObjStr *tpBuf_finish_ascii(VM *vm, StrBuf *b) {
    ObjStr *s = tpStr_new_ascii(vm, b->data ? b->data : "", b->len);
    tpBuf_free(b);
    return s;
}

void tpBuf_free(StrBuf *b) {
    if (!b->borrowed) {
        free(b->data);
    }
    tpBuf_init(b);
}

/* The `free` slot of str: the lazy index is the only C memory a str owns. */
void tpStr_free(VM *vm, Obj *o) {
    ObjStr *s = (ObjStr *)o;
    if (s->has_index) {
        index_remove(vm, s);
    }
}

int tpStr_printf(VM *vm, Value *out, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        return tpErr_raise(vm, EXC_SystemError, "bad format");
    }
    ObjStr *s;
    if ((size_t)n < sizeof small) {
        s = tpStr_new(vm, small, (size_t)n);
    } else {
        char *big = malloc((size_t)n + 1);
        if (big == NULL) {
            return tpErr_no_memory(vm);
        }
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        s = tpStr_new(vm, big, (size_t)n);
        free(big);
    }
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s ? 0 : -1;
}
