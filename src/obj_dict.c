/*
 * obj_dict.c — dict, its views (dict_keys, dict_values, dict_items) and its iterator.
 *
 * The table is compact and insertion-ordered: `indices` (a power of two of int32 slots, -1 empty,
 * -2 deleted) points into the dense `entries` array; probing is open addressing with perturbation.
 * Exact-str keys take a fast path (pointer, then hash, then bytes) that never runs Python code,
 * which also lets the VM use dicts before the type slots exist (start-up interning). A key's __eq__ may
 * mutate the dict: lookups restart when the table changed under them, and loops re-check bounds.
 * `version` changes on every mutation (the VM's inline caches depend on it).
 */
#include "seq.h"
#include "cstack.h"
#include "str_impl.h"
#include "type_cache.h"
#include "interp.h"

/* Versions come from one process-wide clock, so a version names one state of one dict. */
uint64_t tpDict_version_clock;

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_LOG2 3

enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS };

static inline bool is_exact_str(VM *vm, Value v) {
    return IS_OBJ(v) && AS_OBJ(v)->type == vm->types[TYPE_STR];
}

static inline int64_t str_hash(VM *vm, ObjStr *s) {
    return s->hash != -1 ? s->hash : tpStr_hash(vm, s);
}

/* The two commonest key kinds, exact strs (hash cached in the str) and small ints (the value,
 * as tpObj_hash), without the generic call. */
static inline int key_hash(VM *vm, Value key, int64_t *h) {
    if (IS_INT(key)) {
        int64_t i = AS_INT(key);
        *h = i == -1 ? -2 : i;
        return 0;
    }
    if (is_exact_str(vm, key)) {
        *h = str_hash(vm, AS_STR(key));
        return 0;
    }
    return tpObj_hash(vm, key, h);
}

static bool is_dict(VM *vm, Value v) { return tpObj_is(vm, v, TYPE_DICT); }

/* ==== the table ==== */

ObjDict *tpDict_new(VM *vm) {
    return tpGC_alloc(vm, vm->types[TYPE_DICT], sizeof(ObjDict));
}

/* The entries and the indices are one allocation (the indices after the entries): one malloc
 * per table, as most dicts are small and short-lived (**kwargs, instance dicts). */
static size_t table_bytes(size_t cap, uint8_t log2size) {
    return cap * sizeof(DictEntry) + ((size_t)1 << log2size) * sizeof(int32_t);
}

static void dict_free_arrays(VM *vm, ObjDict *d) {
    if (d->entries != NULL) {
        tpMem_free(vm, d->entries, table_bytes(d->cap, d->log2size));
    }
    d->indices = NULL;
    d->entries = NULL;
    d->log2size = 0;
    d->cap = d->nentries = d->len = 0;
}

static size_t find_empty_slot(ObjDict *d, int64_t hash) {
    size_t mask = ((size_t)1 << d->log2size) - 1;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    while (d->indices[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuild with room for at least `minused` live entries, dropping deleted ones. */
static int dict_resize(VM *vm, ObjDict *d, size_t minused) {
    uint8_t log2 = MIN_LOG2;
    while (((size_t)1 << log2) < minused) {
        log2++;
    }
    size_t size = (size_t)1 << log2, cap = (size << 1) / 3;
    size_t n = 0, len = d->len;
    DictEntry *ents;
    if (d->entries != NULL && d->nentries == len && cap >= len) {
        /* no deleted entries: the block is resized and the entries stay where they are (a big
         * block is moved by remapping its pages, neither copied nor faulted in again); only the
         * indices, after the entries, are rebuilt */
        ents = tpMem_realloc(vm, d->entries, table_bytes(d->cap, d->log2size),
                             table_bytes(cap, log2));
        if (ents == NULL) {
            return -1;
        }
        n = len;
        d->entries = NULL;
    } else {
        ents = tpMem_alloc(vm, table_bytes(cap, log2));
        if (ents == NULL) {
            return -1;
        }
        for (size_t k = 0; k < d->nentries; k++) {
            if (!IS_NULL(d->entries[k].key)) {
                ents[n++] = d->entries[k];
            }
        }
    }
    int32_t *inds = (int32_t *)(ents + cap);
    memset(inds, 0xff, size * sizeof(int32_t));
    dict_free_arrays(vm, d);
    d->indices = inds;
    d->entries = ents;
    d->log2size = log2;
    d->cap = cap;
    d->nentries = n;
    d->len = len;
    d->version = ++tpDict_version_clock;
    d->gc_dirty = 0;   /* the entries moved: if it is remembered, trace them all */
    for (size_t k = 0; k < n; k++) {
        d->indices[find_empty_slot(d, ents[k].hash)] = (int32_t)k;
    }
    return 0;
}

/* Room for `n` entries in all without resizing (a table about to be filled with known keys). */
int tpDict_reserve(VM *vm, ObjDict *d, size_t n) {
    if (n <= d->cap) {
        return 0;
    }
    return dict_resize(vm, d, n + n / 2 + 1);
}

/* Append a key known to be absent. */
static int insert_new(VM *vm, ObjDict *d, Value key, int64_t hash, Value v) {
    if (d->nentries >= d->cap && dict_resize(vm, d, d->len * 3) < 0) {
        return -1;
    }
    d->indices[find_empty_slot(d, hash)] = (int32_t)d->nentries;
    DictEntry *e = &d->entries[d->nentries++];
    e->hash = hash;
    e->key = key;
    e->value = v;
    d->len++;
    d->version = ++tpDict_version_clock;
    tpGC_barrier_dict(vm, d, d->nentries - 1);
    return 0;
}

/* Probe for an exact-str key: entries whose key is not an exact str are passed over. */
static bool lookup_str(VM *vm, ObjDict *d, ObjStr *key, int64_t hash, size_t *ix_out,
                       size_t *slot_out) {
    if (d->indices == NULL) {
        return false;
    }
    ObjType *st = vm->types[TYPE_STR];
    size_t mask = ((size_t)1 << d->log2size) - 1;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    Value kv = OBJ_VAL(key);
    for (;;) {
        int32_t ix = d->indices[i];
        if (ix == IX_EMPTY) {
            return false;
        }
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == kv || (e->hash == hash && IS_OBJ(e->key) && AS_OBJ(e->key)->type == st &&
                                 tpStr_eq_inline(AS_STR(e->key), key))) {
                *ix_out = (size_t)ix;
                *slot_out = i;
                return true;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The exact-str key spelled by the n bytes at p (whose str hash is `hash`), or NULL: lets
 * tpStr_intern_cstr find an interned name without making a str first. */
ObjStr *tpDict_find_str_key(VM *vm, ObjDict *d, const char *p, size_t n, int64_t hash) {
    if (d->indices == NULL) {
        return NULL;
    }
    ObjType *st = vm->types[TYPE_STR];
    size_t mask = ((size_t)1 << d->log2size) - 1;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int32_t ix = d->indices[i];
        if (ix == IX_EMPTY) {
            return NULL;
        }
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->hash == hash && IS_OBJ(e->key) && AS_OBJ(e->key)->type == st &&
                AS_STR(e->key)->nbytes == n && memcmp(AS_STR(e->key)->data, p, n) == 0) {
                return AS_STR(e->key);
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Equality of two exact tuples when every pair of items up to the first unequal one is decided
 * without calling anything (the same object, small ints, exact strs): 1 equal, 0 unequal, -1 when
 * a pair needs the generic comparison. Pairs before that compared equal without side effects,
 * so redoing the whole comparison generically then is what CPython's tuple == does. */
static int quick_tuple_eq(VM *vm, ObjTuple *a, ObjTuple *b) {
    if (a->len != b->len) {
        return 0;
    }
    for (size_t i = 0; i < a->len; i++) {
        Value x = a->items[i], y = b->items[i];
        if (IS_INT(x) && IS_INT(y)) {
            if (x != y) {
                return 0;
            }
        } else if (x == y && IS_OBJ(x)) {
            continue;
        } else if (is_exact_str(vm, x) && is_exact_str(vm, y)) {
            if (!tpStr_eq_inline(AS_STR(x), AS_STR(y))) {
                return 0;
            }
        } else {
            return -1;
        }
    }
    return 1;
}

static bool is_exact_tuple(VM *vm, Value v) {
    return IS_OBJ(v) && AS_OBJ(v)->type == vm->types[TYPE_TUPLE];
}

/* Probe for an exact-str, small-int or exact-tuple key, whose equality with another key of its
 * own kind is decided here (tuples: when quick_tuple_eq can): 1 found, 0 missing, -1 when an
 * entry with the same hash needs the generic comparison (True for 1, a str subclass...). */
static inline __attribute__((always_inline)) int lookup_quick(VM *vm, ObjDict *d, Value key,
                                                              int64_t hash, size_t *ix_out,
                                                              size_t *slot_out) {
    if (d->indices == NULL) {
        return 0;
    }
    ObjType *st = vm->types[TYPE_STR], *tt = vm->types[TYPE_TUPLE];
    bool kint = IS_INT(key), ktup = !kint && AS_OBJ(key)->type == tt;
    size_t mask = ((size_t)1 << d->log2size) - 1;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int32_t ix = d->indices[i];
        if (ix == IX_EMPTY) {
            return 0;
        }
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            Value sk = e->key;
            if (sk == key) {
                *ix_out = (size_t)ix;
                *slot_out = i;
                return 1;
            }
            if (e->hash == hash) {
                int eq;
                if (kint) {
                    eq = IS_INT(sk) ? 0 : -1;
                } else if (!IS_OBJ(sk)) {
                    eq = -1;
                } else if (ktup) {
                    eq = AS_OBJ(sk)->type == tt ? quick_tuple_eq(vm, AS_TUPLE(sk), AS_TUPLE(key))
                                                : -1;
                } else {
                    eq = AS_OBJ(sk)->type == st ? tpStr_eq_inline(AS_STR(sk), AS_STR(key)) : -1;
                }
                if (eq < 0) {
                    return -1;
                }
                if (eq) {
                    *ix_out = (size_t)ix;
                    *slot_out = i;
                    return 1;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The lookup for any key: other kinds of key are compared through tpObj_eq, which may run
 * Python code (then the probe restarts if the table changed). */
static __attribute__((noinline)) int lookup_generic(VM *vm, ObjDict *d, Value key, int64_t hash,
                                                    size_t *ix_out, size_t *slot_out) {
    bool kstr = is_exact_str(vm, key);
restart:
    if (d->indices == NULL) {
        return 0;
    }
    int32_t *inds = d->indices;
    DictEntry *ents = d->entries;
    size_t mask = ((size_t)1 << d->log2size) - 1;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int32_t ix = inds[i];
        if (ix == IX_EMPTY) {
            return 0;
        }
        if (ix >= 0 && (ents[ix].key == key || ents[ix].hash == hash)) {
            Value sk = ents[ix].key;
            int eq = sk == key;
            int q;
            if (!eq && kstr && is_exact_str(vm, sk)) {
                eq = tpStr_eq_inline(AS_STR(sk), AS_STR(key));
            } else if (!eq && is_exact_tuple(vm, key) && is_exact_tuple(vm, sk) &&
                       (q = quick_tuple_eq(vm, AS_TUPLE(sk), AS_TUPLE(key))) >= 0) {
                eq = q;
            } else if (!eq) {
                size_t mark = tpGC_save(vm);
                if (tpGC_push_root(vm, sk) < 0 || tpObj_eq(vm, sk, key, &eq) < 0) {
                    return -1;
                }
                tpGC_restore(vm, mark);
                if (d->indices != inds || d->entries != ents || ents[ix].key != sk) {
                    goto restart;
                }
            }
            if (eq) {
                *ix_out = (size_t)ix;
                *slot_out = i;
                return 1;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* General lookup: 1 found (*ix_out, *slot_out), 0 missing, -1 error. */
static inline __attribute__((always_inline)) int dict_lookup(VM *vm, ObjDict *d, Value key,
                                                             int64_t hash, size_t *ix_out,
                                                             size_t *slot_out) {
    if (IS_INT(key) || is_exact_str(vm, key) || is_exact_tuple(vm, key)) {
        int r = lookup_quick(vm, d, key, hash, ix_out, slot_out);
        if (r >= 0) {
            return r;
        }
    }
    return lookup_generic(vm, d, key, hash, ix_out, slot_out);
}

static void delete_at(ObjDict *d, size_t ix, size_t slot) {
    d->indices[slot] = IX_DUMMY;
    d->entries[ix].key = NULL_VAL;
    d->entries[ix].value = NULL_VAL;
    d->len--;
    d->version = ++tpDict_version_clock;
}

/* ==== the C API ==== */

static inline int get_hashed(VM *vm, ObjDict *d, Value key, int64_t hash, Value *out) {
    size_t ix, slot;
    int rc = dict_lookup(vm, d, key, hash, &ix, &slot);
    if (rc == 1) {
        *out = d->entries[ix].value;
    }
    return rc;
}

int tpDict_get_hashed(VM *vm, ObjDict *d, Value key, int64_t hash, Value *out) {
    return get_hashed(vm, d, key, hash, out);
}

int tpDict_get(VM *vm, ObjDict *d, Value key, Value *out) {
    int64_t h;
    if (key_hash(vm, key, &h) < 0) {
        return -1;
    }
    return get_hashed(vm, d, key, h, out);
}

static int dict_set_hashed(VM *vm, ObjDict *d, Value key, int64_t hash, Value v) {
    size_t ix, slot;
    int rc = dict_lookup(vm, d, key, hash, &ix, &slot);
    if (rc < 0) {
        return -1;
    }
    if (rc == 1) {
        d->entries[ix].value = v;
        d->version = ++tpDict_version_clock;
        if (IS_OBJ(v)) {
            tpGC_barrier_dict(vm, d, ix);
        }
        return 0;
    }
    return insert_new(vm, d, key, hash, v);
}

int tpDict_set(VM *vm, ObjDict *d, Value key, Value v) {
    int64_t h;
    if (key_hash(vm, key, &h) < 0) {
        return -1;
    }
    return dict_set_hashed(vm, d, key, h, v);
}

int tpDict_del(VM *vm, ObjDict *d, Value key) {
    int64_t h;
    if (key_hash(vm, key, &h) < 0) {
        return -1;
    }
    size_t ix, slot;
    int rc = dict_lookup(vm, d, key, h, &ix, &slot);
    if (rc == 1) {
        delete_at(d, ix, slot);
    }
    return rc;
}

Value tpDict_get_str(VM *vm, ObjDict *d, ObjStr *key) {
    if (d->len == 0) {
        return NULL_VAL;
    }
    size_t ix, slot;
    if (lookup_str(vm, d, key, str_hash(vm, key), &ix, &slot)) {
        return d->entries[ix].value;
    }
    return NULL_VAL;
}

int tpDict_set_str(VM *vm, ObjDict *d, ObjStr *key, Value v) {
    int64_t h = str_hash(vm, key);
    size_t ix, slot;
    if (lookup_str(vm, d, key, h, &ix, &slot)) {
        d->entries[ix].value = v;
        d->version = ++tpDict_version_clock;
        if (IS_OBJ(v)) {
            tpGC_barrier_dict(vm, d, ix);
        }
        return 0;
    }
    return insert_new(vm, d, OBJ_VAL(key), h, v);
}

int tpDict_add_absent_str(VM *vm, ObjDict *d, ObjStr *key, int64_t hash, Value v) {
    return insert_new(vm, d, OBJ_VAL(key), hash, v);
}

int tpDict_set_cstr(VM *vm, ObjDict *d, const char *key, Value v) {
    ObjStr *k = tpStr_intern_cstr(vm, key);
    if (k == NULL) {
        return -1;
    }
    return tpDict_set_str(vm, d, k, v);
}

bool tpDict_next_hashed(ObjDict *d, size_t *pos, Value *key, Value *value, int64_t *hash) {
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (!IS_NULL(e->key)) {
            *key = e->key;
            if (value) {
                *value = e->value;
            }
            if (hash) {
                *hash = e->hash;
            }
            return true;
        }
    }
    return false;
}

bool tpDict_next(ObjDict *d, size_t *pos, Value *key, Value *value) {
    return tpDict_next_hashed(d, pos, key, value, NULL);
}

ObjDict *tpDict_copy(VM *vm, ObjDict *d) {
    ObjDict *r = tpDict_new(vm);
    if (r == NULL) {
        return NULL;
    }
    if (d->len == 0) {
        return r;
    }
    if (dict_resize(vm, r, d->len * 3 / 2 + 1) < 0) {
        return NULL;
    }
    for (size_t k = 0; k < d->nentries; k++) {
        DictEntry *e = &d->entries[k];
        if (!IS_NULL(e->key)) {
            r->indices[find_empty_slot(r, e->hash)] = (int32_t)r->nentries;
            r->entries[r->nentries++] = *e;
            r->len++;
        }
    }
    return r;
}

void tpDict_clear(VM *vm, ObjDict *d) {
    dict_free_arrays(vm, d);
    d->version = ++tpDict_version_clock;
}

/* ==== update ==== */

static int dict_iter_slot(VM *vm, Value self, Value *out);

/* Merge another dict (exact or a subclass with the dict iteration order). */
static int merge_dict(VM *vm, ObjDict *d, ObjDict *o) {
    if (d == o || o->len == 0) {
        return 0;
    }
    if (d->len == 0 && d->nentries == 0 && d->cap < o->len &&
        dict_resize(vm, d, o->len * 3 / 2 + 1) < 0) {
        return -1;
    }
    for (size_t k = 0; k < o->nentries; k++) {
        DictEntry e = o->entries[k];
        if (IS_NULL(e.key)) {
            continue;
        }
        size_t mark = tpGC_save(vm);
        if (tpGC_push_root(vm, e.key) < 0 || tpGC_push_root(vm, e.value) < 0 ||
            dict_set_hashed(vm, d, e.key, e.hash, e.value) < 0) {
            return -1;
        }
        tpGC_restore(vm, mark);
    }
    return 0;
}

/* Merge anything with keys() and __getitem__. */
static int merge_mapping(VM *vm, ObjDict *d, Value o, Value keysfn) {
    Value keys, it;
    if (tpObj_call(vm, keysfn, 0, NULL, NULL, &keys) < 0 || tpObj_iter(vm, keys, &it) < 0) {
        return -1;
    }
    for (;;) {
        size_t mark = tpGC_save(vm);
        Value k, v;
        int rc = tpObj_next(vm, it, &k);
        if (rc != 0) {
            return rc < 0 ? -1 : 0;
        }
        if (tpObj_getitem(vm, o, k, &v) < 0 || tpDict_set(vm, d, k, v) < 0) {
            return -1;
        }
        tpGC_restore(vm, mark);
    }
}

static int merge_pair(VM *vm, ObjDict *d, Value item, size_t index) {
    Value *kv;
    size_t n;
    ObjList *l = NULL;
    if (IS_OBJ_TYPE(item, vm->types[TYPE_TUPLE])) {
        kv = AS_TUPLE(item)->items;
        n = AS_TUPLE(item)->len;
    } else if (IS_OBJ_TYPE(item, vm->types[TYPE_LIST])) {
        kv = AS_LIST(item)->items;
        n = AS_LIST(item)->len;
    } else {
        Value it;
        if (tpObj_iter(vm, item, &it) < 0) {
            if (tpErr_matches(vm, EXC_TypeError)) {
                tpErr_clear(vm);
                return tpErr_format(vm, EXC_TypeError,
                                    "cannot convert dictionary update sequence element #%zu to a "
                                    "sequence", index);
            }
            return -1;
        }
        l = tpSeq_list(vm, it);
        if (l == NULL) {
            return -1;
        }
        kv = l->items;
        n = l->len;
    }
    if (n != 2) {
        return tpErr_format(vm, EXC_ValueError,
                            "dictionary update sequence element #%zu has length %zu; 2 is required",
                            index, n);
    }
    Value k = kv[0], v = kv[1];
    return tpDict_set(vm, d, k, v);
}

static int merge_pairs(VM *vm, ObjDict *d, Value o) {
    Value it;
    if (tpObj_iter(vm, o, &it) < 0) {
        return -1;
    }
    for (size_t index = 0;; index++) {
        size_t mark = tpGC_save(vm);
        Value item;
        int rc = tpObj_next(vm, it, &item);
        if (rc != 0) {
            return rc < 0 ? -1 : 0;
        }
        if (merge_pair(vm, d, item, index) < 0) {
            return -1;
        }
        tpGC_restore(vm, mark);
    }
}

int tpDict_update(VM *vm, ObjDict *d, Value other) {
    if (is_dict(vm, other) && tpType_of(vm, other)->sl.iter == dict_iter_slot) {
        return merge_dict(vm, d, AS_DICT(other));
    }
    Value keysfn;
    int rc = tpObj_getattr_opt(vm, other, vm->names[NAME_keys], &keysfn);
    if (rc < 0) {
        return -1;
    }
    if (rc == 1) {
        return merge_mapping(vm, d, other, keysfn);
    }
    return merge_pairs(vm, d, other);
}

static int update_kwargs(VM *vm, ObjDict *d, int argc, Value *argv, ObjTuple *kwnames) {
    if (kwnames == NULL) {
        return 0;
    }
    for (size_t k = 0; k < kwnames->len; k++) {
        if (tpDict_set(vm, d, kwnames->items[k], argv[argc + (int)k]) < 0) {
            return -1;
        }
    }
    return 0;
}

/* ==== slots ==== */

static void dict_mark(VM *vm, Obj *o) {
    ObjDict *d = (ObjDict *)o;
    for (size_t k = 0; k < d->nentries; k++) {
        tpGC_mark_value(vm, d->entries[k].key);
        tpGC_mark_value(vm, d->entries[k].value);
    }
}

static void dict_free(VM *vm, Obj *o) { dict_free_arrays(vm, (ObjDict *)o); }

static int dict_repr_entries(VM *vm, ObjDict *d, StrBuf *b) {
    bool first = true;
    for (size_t k = 0; k < d->nentries; k++) {
        Value key = d->entries[k].key, value = d->entries[k].value;
        if (IS_NULL(key)) {
            continue;
        }
        if (tpGC_push_root(vm, key) < 0 || tpGC_push_root(vm, value) < 0 ||
            (!first && tpBuf_put(vm, b, ", ", 2) < 0) || tpC_put_repr(vm, b, key) < 0 ||
            tpBuf_put(vm, b, ": ", 2) < 0 || tpC_put_repr(vm, b, value) < 0) {
            return -1;
        }
        first = false;
    }
    return 0;
}

static int dict_repr(VM *vm, Value self, Value *out) {
    ObjDict *d = AS_DICT(self);
    if (d->len == 0) {
        return tpSeq_cstr(vm, "{}", out);
    }
    if (tpSeq_repr_enter(&d->hdr)) {
        return tpSeq_cstr(vm, "{...}", out);
    }
    StrBuf b;
    tpBuf_init(&b);
    int rc = tpBuf_putc(vm, &b, '{');
    if (rc == 0) {
        rc = dict_repr_entries(vm, d, &b);
    }
    if (rc == 0) {
        rc = tpBuf_putc(vm, &b, '}');
    }
    tpSeq_repr_leave(&d->hdr);
    if (rc < 0) {
        tpBuf_free(&b);
        return -1;
    }
    ObjStr *s = tpBuf_finish(vm, &b);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int dict_equal(VM *vm, ObjDict *a, ObjDict *b, int *out) {
    if (a->len != b->len) {
        *out = 0;
        return 0;
    }
    for (size_t k = 0; k < a->nentries; k++) {
        DictEntry e = a->entries[k];
        if (IS_NULL(e.key)) {
            continue;
        }
        size_t mark = tpGC_save(vm);
        Value bv = NULL_VAL;
        if (tpGC_push_root(vm, e.key) < 0 || tpGC_push_root(vm, e.value) < 0) {
            return -1;
        }
        int rc = tpDict_get_hashed(vm, b, e.key, e.hash, &bv);
        if (rc <= 0) {
            *out = 0;
            return rc;
        }
        int eq;
        if (tpGC_push_root(vm, bv) < 0 || tpObj_eq(vm, e.value, bv, &eq) < 0) {
            return -1;
        }
        tpGC_restore(vm, mark);
        if (!eq) {
            *out = 0;
            return 0;
        }
    }
    *out = 1;
    return 0;
}

static int dict_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    if (!is_dict(vm, a) || !is_dict(vm, b) || (op != CMP_EQ && op != CMP_NE)) {
        *out = vm->not_implemented;
        return 0;
    }
    int eq;
    if (dict_equal(vm, AS_DICT(a), AS_DICT(b), &eq) < 0) {
        return -1;
    }
    *out = BOOL_VAL(op == CMP_EQ ? eq : !eq);
    return 0;
}

static int dict_binop(VM *vm, Value a, Value b, int op, Value *out) {
    if (op != BINOP_OR || !is_dict(vm, a) || !is_dict(vm, b)) {
        *out = vm->not_implemented;
        return 0;
    }
    ObjDict *r = tpDict_copy(vm, AS_DICT(a));
    if (r == NULL || tpDict_update(vm, r, b) < 0) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int dict_ibinop(VM *vm, Value a, Value b, int op, Value *out) {
    if (op != BINOP_OR || !is_dict(vm, a)) {
        *out = vm->not_implemented;
        return 0;
    }
    if (tpDict_update(vm, AS_DICT(a), b) < 0) {
        return -1;
    }
    *out = a;
    return 0;
}

static int dict_len(VM *vm, Value self, int64_t *out) {
    (void)vm;
    *out = (int64_t)AS_DICT(self)->len;
    return 0;
}

static int raise_key_error(VM *vm, Value key) {
    return tpErr_set_args(vm, tpExc_type(vm, EXC_KeyError), 1, &key);
}

int tpDict_getitem(VM *vm, Value self, Value key, Value *out) {
    int rc = tpDict_get(vm, AS_DICT(self), key, out);
    if (rc != 0) {
        return rc < 0 ? -1 : 0;
    }
    ObjType *t = AS_OBJ(self)->type;
    if (t != vm->types[TYPE_DICT]) {
        Value missing = tpType_lookup(vm, t, vm->names[NAME___missing__]);
        if (!IS_NULL(missing)) {
            return tpObj_call_method(vm, self, vm->names[NAME___missing__], 1, &key, out);
        }
    }
    return raise_key_error(vm, key);
}

static int dict_setitem(VM *vm, Value self, Value key, Value v) {
    if (!IS_NULL(v)) {
        return tpDict_set(vm, AS_DICT(self), key, v);
    }
    int rc = tpDict_del(vm, AS_DICT(self), key);
    if (rc == 0) {
        return raise_key_error(vm, key);
    }
    return rc < 0 ? -1 : 0;
}

static int dict_contains(VM *vm, Value self, Value x, int *out) {
    Value v;
    int rc = tpDict_get(vm, AS_DICT(self), x, &v);
    if (rc < 0) {
        return -1;
    }
    *out = rc;
    return 0;
}

static Value dictiter_new(VM *vm, ObjDict *d, int kind, bool reverse);

static int dict_iter_slot(VM *vm, Value self, Value *out) {
    *out = dictiter_new(vm, AS_DICT(self), KIND_KEYS, false);
    return IS_NULL(*out) ? -1 : 0;
}

static int dict_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    ObjDict *d = tpGC_alloc(vm, type, type->size);
    if (d == NULL) {
        return -1;
    }
    *out = OBJ_VAL(d);
    return 0;
}

static int dict_update_args(VM *vm, const char *name, ObjDict *d, int argc, Value *argv,
                            ObjTuple *kwnames) {
    if (argc > 1) {
        return tpErr_format(vm, EXC_TypeError, "%s expected at most 1 argument, got %d", name,
                            argc);
    }
    if (argc == 1 && tpDict_update(vm, d, argv[0]) < 0) {
        return -1;
    }
    return update_kwargs(vm, d, argc, argv, kwnames);
}

static int dict_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    return dict_update_args(vm, "dict", AS_DICT(self), argc, argv, kwnames);
}

/* ==== methods ==== */

static int dict_get_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    int rc = tpDict_get(vm, AS_DICT(argv[0]), argv[1], out);
    if (rc == 0) {
        *out = argc > 2 ? argv[2] : NONE_VAL;
    }
    return rc < 0 ? -1 : 0;
}

static int dict_setdefault_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    ObjDict *d = AS_DICT(argv[0]);
    int64_t h;
    if (key_hash(vm, argv[1], &h) < 0) {
        return -1;
    }
    size_t ix, slot;
    int rc = dict_lookup(vm, d, argv[1], h, &ix, &slot);
    if (rc != 0) {
        if (rc > 0) {
            *out = d->entries[ix].value;
        }
        return rc < 0 ? -1 : 0;
    }
    *out = argc > 2 ? argv[2] : NONE_VAL;
    return insert_new(vm, d, argv[1], h, *out);   /* absent: no second probe */
}

static int dict_pop_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    ObjDict *d = AS_DICT(argv[0]);
    int64_t h;
    int rc = 0;
    size_t ix, slot;
    /* an empty dict does not hash the key (CPython: {}.pop([]) is a KeyError) */
    if (d->len > 0) {
        if (key_hash(vm, argv[1], &h) < 0) {
            return -1;
        }
        rc = dict_lookup(vm, d, argv[1], h, &ix, &slot);
        if (rc < 0) {
            return -1;
        }
    }
    if (rc == 0) {
        if (argc > 2) {
            *out = argv[2];
            return 0;
        }
        return raise_key_error(vm, argv[1]);
    }
    *out = d->entries[ix].value;
    delete_at(d, ix, slot);
    return 0;
}

static int dict_popitem_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjDict *d = AS_DICT(argv[0]);
    if (d->len == 0) {
        return tpErr_format(vm, EXC_KeyError, "popitem(): dictionary is empty");
    }
    size_t ix = d->nentries;
    while (ix > 0 && IS_NULL(d->entries[ix - 1].key)) {
        ix--;
    }
    ix--;
    DictEntry *e = &d->entries[ix];
    ObjTuple *t = tpTuple_pack(vm, 2, e->key, e->value);
    if (t == NULL) {
        return -1;
    }
    e = &d->entries[ix];
    size_t mask = ((size_t)1 << d->log2size) - 1;
    size_t i = (size_t)e->hash & mask, perturb = (size_t)e->hash;
    while (d->indices[i] != (int32_t)ix) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    delete_at(d, ix, i);
    d->nentries = ix;
    *out = OBJ_VAL(t);
    return 0;
}

static Value dictview_new(VM *vm, ObjDict *d, int kind);

static int dict_view_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    *out = dictview_new(vm, AS_DICT(argv[0]), vm->magic);
    return IS_NULL(*out) ? -1 : 0;
}

static int dict_update_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = NONE_VAL;
    return dict_update_args(vm, "update", AS_DICT(argv[0]), argc - 1, argv + 1, kw);
}

static int dict_clear_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    tpDict_clear(vm, AS_DICT(argv[0]));
    *out = NONE_VAL;
    return 0;
}

static int dict_copy_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjDict *r = tpDict_copy(vm, AS_DICT(argv[0]));
    if (r == NULL) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int dict_fromkeys_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    Value value = argc > 2 ? argv[2] : NONE_VAL;
    Value d, it;
    if (tpObj_call(vm, argv[0], 0, NULL, NULL, &d) < 0 || tpObj_iter(vm, argv[1], &it) < 0) {
        return -1;
    }
    bool fast = IS_OBJ_TYPE(d, vm->types[TYPE_DICT]);
    for (;;) {
        size_t mark = tpGC_save(vm);
        Value k;
        int rc = tpObj_next(vm, it, &k);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            break;
        }
        if ((fast ? tpDict_set(vm, AS_DICT(d), k, value) : tpObj_setitem(vm, d, k, value)) < 0) {
            return -1;
        }
        tpGC_restore(vm, mark);
    }
    *out = d;
    return 0;
}

static int dict_reversed_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    *out = dictiter_new(vm, AS_DICT(argv[0]), KIND_KEYS, true);
    return IS_NULL(*out) ? -1 : 0;
}

static const MethodDef dict_methods[] = {
    TP_METHOD("get", dict_get_m, 1, 2),
    TP_METHOD("setdefault", dict_setdefault_m, 1, 2),
    TP_METHOD("pop", dict_pop_m, 1, 2),
    TP_METHOD("popitem", dict_popitem_m, 0, 0),
    TP_METHOD_MAGIC("keys", dict_view_m, 0, 0, KIND_KEYS),
    TP_METHOD_MAGIC("values", dict_view_m, 0, 0, KIND_VALUES),
    TP_METHOD_MAGIC("items", dict_view_m, 0, 0, KIND_ITEMS),
    TP_METHOD_KW("update", dict_update_m, 0, -1),
    TP_METHOD("clear", dict_clear_m, 0, 0),
    TP_METHOD("copy", dict_copy_m, 0, 0),
    {"fromkeys", dict_fromkeys_m, 1, 2, METH_CLASS, 0, NULL},
    TP_METHOD("__reversed__", dict_reversed_m, 0, 0),
    TP_CLASS_GETITEM,
    TP_METHOD_END,
};

const TypeSpec tpDict_spec = {
    .name = "dict",
    .id = TYPE_DICT,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjDict),
    .flags = TPFLAG_BASETYPE | TPFLAG_UNHASHABLE | TPFLAG_GC_BARRIERED,
    .slots = {
        .mark = dict_mark,
        .free = dict_free,
        .repr = dict_repr,
        .richcmp = dict_richcmp,
        .binop = dict_binop,
        .ibinop = dict_ibinop,
        .len = dict_len,
        .iter = dict_iter_slot,
        .getitem = tpDict_getitem,
        .setitem = dict_setitem,
        .contains = dict_contains,
        .new_ = dict_new,
        .init = dict_init,
    },
    .methods = dict_methods,
    .doc = "dict() -> new empty dictionary",
};

/* ==== iterators ==== */

typedef struct DictIter {
    Obj hdr;
    ObjDict *d;              /* NULL once exhausted */
    size_t pos;              /* next entry (forward) or one past it (reverse) */
    size_t len;              /* d->len when created, to detect size changes */
    size_t left;             /* items still expected: one more means the keys changed */
    int kind;
    bool reverse;
} DictIter;

static Value dictiter_new(VM *vm, ObjDict *d, int kind, bool reverse) {
    /* CPython has one iterator type per kind and direction (dict_keyiterator ...) */
    static const int ids[2][3] = {
        {TYPE_DICT_ITER, TYPE_DICT_VALUEITER, TYPE_DICT_ITEMITER},
        {TYPE_DICT_REVKEYITER, TYPE_DICT_REVVALUEITER, TYPE_DICT_REVITEMITER},
    };
    DictIter *it = tpGC_alloc(vm, vm->types[ids[reverse][kind]], sizeof(DictIter));
    if (it == NULL) {
        return NULL_VAL;
    }
    it->d = d;
    it->pos = reverse ? d->nentries : 0;
    it->len = d->len;
    it->left = d->len;
    it->kind = kind;
    it->reverse = reverse;
    return OBJ_VAL(it);
}

static void dictiter_mark(VM *vm, Obj *o) { tpGC_mark_obj(vm, (Obj *)((DictIter *)o)->d); }

static int dictiter_next(VM *vm, Value self, Value *out) {
    DictIter *it = (DictIter *)AS_OBJ(self);
    ObjDict *d = it->d;
    if (d == NULL) {
        return 1;
    }
    if (d->len != it->len) {
        it->len = (size_t)-1;
        return tpErr_raise(vm, EXC_RuntimeError, "dictionary changed size during iteration");
    }
    DictEntry *e = NULL;
    if (it->reverse) {
        while (it->pos > 0 && it->pos <= d->nentries) {
            DictEntry *c = &d->entries[--it->pos];
            if (!IS_NULL(c->key)) {
                e = c;
                break;
            }
        }
    } else {
        while (it->pos < d->nentries) {
            DictEntry *c = &d->entries[it->pos++];
            if (!IS_NULL(c->key)) {
                e = c;
                break;
            }
        }
    }
    if (e == NULL) {
        it->d = NULL;
        return 1;
    }
    if (it->left == 0) {
        /* same size, but entries were deleted and others added behind us (CPython's check) */
        it->d = NULL;
        return tpErr_raise(vm, EXC_RuntimeError, "dictionary keys changed during iteration");
    }
    it->left--;
    if (it->kind == KIND_KEYS) {
        *out = e->key;
    } else if (it->kind == KIND_VALUES) {
        *out = e->value;
    } else {
        ObjTuple *t = tpTuple_pack(vm, 2, e->key, e->value);
        if (t == NULL) {
            return -1;
        }
        *out = OBJ_VAL(t);
    }
    return 0;
}

static int dictiter_length_hint(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)vm;
    (void)argc;
    (void)kw;
    DictIter *it = (DictIter *)AS_OBJ(argv[0]);
    *out = INT_VAL(0);
    if (it->d != NULL && it->d->len == it->len) {
        *out = INT_VAL((int64_t)it->left);
    }
    return 0;
}

static const MethodDef dictiter_methods[] = {
    TP_METHOD("__length_hint__", dictiter_length_hint, 0, 0),
    TP_METHOD_END,
};

#define DICTITER_SPEC(sym, tname, tid)                                                             \
    const TypeSpec sym = {                                                                         \
        .name = tname,                                                                             \
        .id = tid,                                                                                 \
        .base = TYPE_OBJECT,                                                                       \
        .size = sizeof(DictIter),                                                                  \
        .slots = {.mark = dictiter_mark, .iter = tpSeq_iter_self, .next = dictiter_next},          \
        .methods = dictiter_methods,                                                               \
    }

DICTITER_SPEC(tpDictIter_spec, "dict_keyiterator", TYPE_DICT_ITER);
DICTITER_SPEC(tpDictValueIter_spec, "dict_valueiterator", TYPE_DICT_VALUEITER);
DICTITER_SPEC(tpDictItemIter_spec, "dict_itemiterator", TYPE_DICT_ITEMITER);
DICTITER_SPEC(tpDictRevKeyIter_spec, "dict_reversekeyiterator", TYPE_DICT_REVKEYITER);
DICTITER_SPEC(tpDictRevValueIter_spec, "dict_reversevalueiterator", TYPE_DICT_REVVALUEITER);
DICTITER_SPEC(tpDictRevItemIter_spec, "dict_reverseitemiterator", TYPE_DICT_REVITEMITER);

/* ==== views ==== */

typedef struct DictView {
    Obj hdr;
    ObjDict *d;
} DictView;

static const int view_types[3] = {TYPE_DICT_KEYS, TYPE_DICT_VALUES, TYPE_DICT_ITEMS};

static Value dictview_new(VM *vm, ObjDict *d, int kind) {
    DictView *v = tpGC_alloc(vm, vm->types[view_types[kind]], sizeof(DictView));
    if (v == NULL) {
        return NULL_VAL;
    }
    v->d = d;
    return OBJ_VAL(v);
}

static int view_kind(VM *vm, Value v) {
    ObjType *t = AS_OBJ(v)->type;
    return t == vm->types[TYPE_DICT_KEYS] ? KIND_KEYS
         : t == vm->types[TYPE_DICT_VALUES] ? KIND_VALUES : KIND_ITEMS;
}

static bool is_setlike_view(VM *vm, Value v) {
    return IS_OBJ(v) && (AS_OBJ(v)->type == vm->types[TYPE_DICT_KEYS] ||
                         AS_OBJ(v)->type == vm->types[TYPE_DICT_ITEMS]);
}

static ObjDict *view_dict(Value v) { return ((DictView *)AS_OBJ(v))->d; }

static void view_mark(VM *vm, Obj *o) { tpGC_mark_obj(vm, (Obj *)((DictView *)o)->d); }

static int view_len(VM *vm, Value self, int64_t *out) {
    (void)vm;
    *out = (int64_t)view_dict(self)->len;
    return 0;
}

static int view_iter(VM *vm, Value self, Value *out) {
    *out = dictiter_new(vm, view_dict(self), view_kind(vm, self), false);
    return IS_NULL(*out) ? -1 : 0;
}

static int view_reversed_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    *out = dictiter_new(vm, view_dict(argv[0]), view_kind(vm, argv[0]), true);
    return IS_NULL(*out) ? -1 : 0;
}

static int view_repr(VM *vm, Value self, Value *out) {
    ObjDict *d = view_dict(self);
    if (tpSeq_repr_enter(AS_OBJ(self))) {
        return tpSeq_cstr(vm, "...", out);
    }
    ObjList *l = tpSeq_list(vm, self);
    StrBuf b;
    tpBuf_init(&b);
    int rc = l == NULL ? -1 : tpBuf_printf(vm, &b, "%s(", tpObj_typename(vm, self));
    if (rc == 0) {
        rc = tpBuf_put_repr(vm, &b, OBJ_VAL(l));
    }
    if (rc == 0) {
        rc = tpBuf_putc(vm, &b, ')');
    }
    tpSeq_repr_leave(AS_OBJ(self));
    (void)d;
    if (rc < 0) {
        tpBuf_free(&b);
        return -1;
    }
    ObjStr *s = tpBuf_finish(vm, &b);
    if (s == NULL) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int view_contains(VM *vm, Value self, Value x, int *out) {
    ObjDict *d = view_dict(self);
    int kind = view_kind(vm, self);
    if (kind == KIND_KEYS) {
        return dict_contains(vm, OBJ_VAL(d), x, out);
    }
    if (kind == KIND_VALUES) {
        for (size_t k = 0; k < d->nentries; k++) {
            Value v = d->entries[k].value;
            if (IS_NULL(d->entries[k].key)) {
                continue;
            }
            size_t mark = tpGC_save(vm);
            if (tpGC_push_root(vm, v) < 0 || tpObj_eq(vm, v, x, out) < 0) {
                return -1;
            }
            tpGC_restore(vm, mark);
            if (*out) {
                return 0;
            }
        }
        *out = 0;
        return 0;
    }
    *out = 0;
    if (!IS_OBJ(x) || !tpObj_is(vm, x, TYPE_TUPLE) || AS_TUPLE(x)->len != 2) {
        return 0;
    }
    Value found;
    int rc = tpDict_get(vm, d, AS_TUPLE(x)->items[0], &found);
    if (rc <= 0) {
        return rc;
    }
    if (tpGC_push_root(vm, found) < 0) {
        return -1;
    }
    return tpObj_eq(vm, found, AS_TUPLE(x)->items[1], out);
}

/* Is every item of a in b? */
static int all_contained(VM *vm, Value a, Value b, int *out) {
    Value it;
    if (tpObj_iter(vm, a, &it) < 0) {
        return -1;
    }
    for (;;) {
        size_t mark = tpGC_save(vm);
        Value x;
        int rc = tpObj_next(vm, it, &x);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            *out = 1;
            return 0;
        }
        if (tpObj_contains(vm, b, x, out) < 0) {
            return -1;
        }
        tpGC_restore(vm, mark);
        if (!*out) {
            return 0;
        }
    }
}

static int view_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    if (!is_setlike_view(vm, a) || !(is_setlike_view(vm, b) || tpSet_check(vm, b))) {
        *out = vm->not_implemented;
        return 0;
    }
    int64_t la, lb;
    if (tpObj_len(vm, a, &la) < 0 || tpObj_len(vm, b, &lb) < 0) {
        return -1;
    }
    int r = 0;
    int rc = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (la == lb) {
            rc = all_contained(vm, a, b, &r);
        }
        if (op == CMP_NE) {
            r = !r;
        }
        break;
    case CMP_LT:
        rc = la < lb ? all_contained(vm, a, b, &r) : 0;
        break;
    case CMP_LE:
        rc = la <= lb ? all_contained(vm, a, b, &r) : 0;
        break;
    case CMP_GT:
        rc = la > lb ? all_contained(vm, b, a, &r) : 0;
        break;
    default:
        rc = la >= lb ? all_contained(vm, b, a, &r) : 0;
        break;
    }
    if (rc < 0) {
        return -1;
    }
    *out = BOOL_VAL(r);
    return 0;
}

/* set(x) for a view operand: a keys view of an exact dict takes the set's dict fast path. */
static ObjSet *view_to_set(VM *vm, Value x) {
    ObjSet *s = tpSet_new(vm, false);
    if (s == NULL) {
        return NULL;
    }
    Value src = x;
    if (IS_OBJ_TYPE(x, vm->types[TYPE_DICT_KEYS])) {
        src = OBJ_VAL(view_dict(x));
    }
    return tpSet_update(vm, s, src) < 0 ? NULL : s;
}

static int view_intersect(VM *vm, Value self, Value other, Value *out) {
    if (!is_setlike_view(vm, self)) {
        Value t = self;
        self = other;
        other = t;
    }
    int64_t ls, lo;
    if (tpObj_len(vm, self, &ls) < 0) {
        return -1;
    }
    if (IS_OBJ_TYPE(other, vm->types[TYPE_SET])) {
        if (ls <= (int64_t)AS_SET(other)->used) {
            return tpSet_intersection(vm, AS_SET(other), self, out);
        }
    }
    if (is_setlike_view(vm, other)) {
        if (tpObj_len(vm, other, &lo) < 0) {
            return -1;
        }
        if (lo > ls) {
            Value t = self;
            self = other;
            other = t;
        }
    }
    ObjSet *r = tpSet_new(vm, false);
    Value it;
    if (r == NULL || tpObj_iter(vm, other, &it) < 0) {
        return -1;
    }
    for (;;) {
        Value x;
        int in;
        int rc = tpObj_next(vm, it, &x);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            break;
        }
        if (view_contains(vm, self, x, &in) < 0 || (in && tpSet_add(vm, r, x) < 0)) {
            return -1;
        }
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int view_binop(VM *vm, Value a, Value b, int op, Value *out) {
    if (op != BINOP_AND && op != BINOP_OR && op != BINOP_SUB && op != BINOP_XOR) {
        *out = vm->not_implemented;
        return 0;
    }
    if (op == BINOP_AND) {
        return view_intersect(vm, a, b, out);
    }
    ObjSet *r = view_to_set(vm, a);
    if (r == NULL || tpSet_inplace_op(vm, r, b, op) < 0) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int view_isdisjoint_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    Value it;
    if (tpObj_iter(vm, argv[1], &it) < 0) {
        return -1;
    }
    for (;;) {
        size_t mark = tpGC_save(vm);
        Value x;
        int in;
        int rc = tpObj_next(vm, it, &x);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            *out = TRUE_VAL;
            return 0;
        }
        if (view_contains(vm, argv[0], x, &in) < 0) {
            return -1;
        }
        tpGC_restore(vm, mark);
        if (in) {
            *out = FALSE_VAL;
            return 0;
        }
    }
}

static const MethodDef setview_methods[] = {
    TP_METHOD("isdisjoint", view_isdisjoint_m, 1, 1),
    TP_METHOD("__reversed__", view_reversed_m, 0, 0),
    TP_METHOD_END,
};

static const MethodDef values_methods[] = {
    TP_METHOD("__reversed__", view_reversed_m, 0, 0),
    TP_METHOD_END,
};

/* view.mapping: a read-only proxy of the view's dict (3.10) */
static int view_get_mapping(VM *vm, Value self, Value *out) {
    *out = tpMappingProxy_new(vm, OBJ_VAL(view_dict(self)));
    return IS_NULL(*out) ? -1 : 0;
}

static const GetSetDef view_getsets[] = {
    {"mapping", view_get_mapping, NULL, "dictionary that this view refers to"},
    TP_GETSET_END,
};

#define SETVIEW_SLOTS                                                                             \
    {                                                                                             \
        .mark = view_mark, .repr = view_repr, .richcmp = view_richcmp, .binop = view_binop,      \
        .len = view_len, .iter = view_iter, .contains = view_contains,                           \
    }

const TypeSpec tpDictKeys_spec = {
    .name = "dict_keys",
    .id = TYPE_DICT_KEYS,
    .base = TYPE_OBJECT,
    .size = sizeof(DictView),
    .flags = TPFLAG_UNHASHABLE,
    .slots = SETVIEW_SLOTS,
    .methods = setview_methods,
    .getsets = view_getsets,
};

const TypeSpec tpDictItems_spec = {
    .name = "dict_items",
    .id = TYPE_DICT_ITEMS,
    .base = TYPE_OBJECT,
    .size = sizeof(DictView),
    .flags = TPFLAG_UNHASHABLE,
    .slots = SETVIEW_SLOTS,
    .methods = setview_methods,
    .getsets = view_getsets,
};

const TypeSpec tpDictValues_spec = {
    .name = "dict_values",
    .id = TYPE_DICT_VALUES,
    .base = TYPE_OBJECT,
    .size = sizeof(DictView),
    .slots = {
        .mark = view_mark,
        .repr = view_repr,
        .len = view_len,
        .iter = view_iter,
        .contains = view_contains,
    },
    .methods = values_methods,
    .getsets = view_getsets,
};
