/*
 * obj_set.c — set, frozenset and set_iterator.
 *
 * Iteration order is table order, so the table reproduces CPython's exactly: 8 slots to start,
 * up to 9 linear probes then perturbed jumps (perturb >>= 5; i = i*5 + 1 + perturb), deleted
 * entries left as dummies (an insertion reuses the last dummy met on its probe path), growth when
 * fill*5 >= mask*3, and the set operations insert in the same order as CPython's (which operand
 * is iterated, when tables are pre-sized). frozenset hashing matches CPython so sets of frozensets
 * order the same. Keys' __eq__ may mutate the set: probes restart when the table changed.
 */
#include "seq.h"
#include "cstack.h"

#define SET_DUMMY ((Value)(TP_TAG_SPEC | 0xD0D0))
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define SET_MINSIZE 8

static bool entry_live(const SetEntry *e) { return !IS_NULL(e->key) && e->key != SET_DUMMY; }

static bool is_exact_str(VM *vm, Value v) {
    return IS_OBJ(v) && AS_OBJ(v)->type == vm->types[TYPE_STR];
}

static int key_hash(VM *vm, Value key, int64_t *h) {
    if (is_exact_str(vm, key)) {
        ObjStr *s = AS_STR(key);
        *h = s->hash != -1 ? s->hash : tpStr_hash(vm, s);
        return 0;
    }
    return tpObj_hash(vm, key, h);
}

bool tpSet_check(VM *vm, Value v) {
    return IS_OBJ(v) && (tpObj_is(vm, v, TYPE_SET) || tpObj_is(vm, v, TYPE_FROZENSET));
}

static bool is_frozen(VM *vm, Value v) { return tpObj_is(vm, v, TYPE_FROZENSET); }

/* ==== the table ==== */

static SetEntry *table_alloc(VM *vm, size_t n) {
    SetEntry *t = tpMem_alloc(vm, n * sizeof(SetEntry));
    if (t != NULL) {
        for (size_t i = 0; i < n; i++) {
            t[i].key = NULL_VAL;
            t[i].hash = 0;
        }
    }
    return t;
}

static ObjSet *set_alloc(VM *vm, ObjType *type) {
    bool exact = type == vm->types[TYPE_SET] || type == vm->types[TYPE_FROZENSET];
    ObjSet *s = tpGC_alloc(vm, type, exact ? sizeof(ObjSet) : type->size);
    if (s == NULL) {
        return NULL;
    }
    s->hash = -1;
    s->mask = SET_MINSIZE - 1;
    s->table = table_alloc(vm, SET_MINSIZE);
    return s->table ? s : NULL;
}

ObjSet *tpSet_new(VM *vm, bool frozen) {
    return set_alloc(vm, vm->types[frozen ? TYPE_FROZENSET : TYPE_SET]);
}

/* A new empty set of the built-in base of `type` (set or frozenset). */
static ObjSet *set_new_basetype(VM *vm, ObjType *type) {
    return tpSet_new(vm, tpType_is_subtype(type, vm->types[TYPE_FROZENSET]));
}

static void insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash) {
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        if (IS_NULL(table[i].key)) {
            break;
        }
        if (i + LINEAR_PROBES <= mask) {
            size_t j = 1;
            for (; j <= LINEAR_PROBES && !IS_NULL(table[i + j].key); j++) {
            }
            if (j <= LINEAR_PROBES) {
                i += j;
                break;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
    table[i].key = key;
    table[i].hash = hash;
}

static int set_resize(VM *vm, ObjSet *s, size_t minused) {
    size_t size = SET_MINSIZE;
    while (size <= minused) {
        size <<= 1;
    }
    SetEntry *nt = table_alloc(vm, size);
    if (nt == NULL) {
        return -1;
    }
    SetEntry *old = s->table;
    size_t oldmask = s->mask;
    for (size_t i = 0; i <= oldmask; i++) {
        if (entry_live(&old[i])) {
            insert_clean(nt, size - 1, old[i].key, old[i].hash);
        }
    }
    s->table = nt;
    s->mask = size - 1;
    s->fill = s->used;
    tpMem_free(vm, old, (oldmask + 1) * sizeof(SetEntry));
    return 0;
}

/* Compare a stored key with key (same hash). 1 equal, 0 not, 2 the table changed (restart). */
static int entry_matches(VM *vm, ObjSet *s, size_t i, Value key, int *out) {
    SetEntry *table = s->table;
    Value sk = table[i].key;
    if (sk == key) {
        *out = 1;
        return 0;
    }
    if (is_exact_str(vm, sk) && is_exact_str(vm, key)) {
        *out = tpStr_eq(AS_STR(sk), AS_STR(key));
        return 0;
    }
    size_t mark = tpGC_save(vm);
    int eq;
    if (tpGC_push_root(vm, sk) < 0 || tpObj_eq(vm, sk, key, &eq) < 0) {
        return -1;
    }
    tpGC_restore(vm, mark);
    if (s->table != table || s->table[i].key != sk) {
        *out = 2;
        return 0;
    }
    *out = eq;
    return 0;
}

/* Find key: 1 found (*pos), 0 absent, -1 error. */
static int set_lookkey(VM *vm, ObjSet *s, Value key, int64_t hash, size_t *pos) {
restart:;
    size_t mask = s->mask;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = i;; j++) {
            SetEntry *e = &s->table[j];
            if (IS_NULL(e->key)) {
                return 0;
            }
            if (e->hash == hash && e->key != SET_DUMMY) {
                int m;
                if (entry_matches(vm, s, j, key, &m) < 0) {
                    return -1;
                }
                if (m == 2) {
                    goto restart;
                }
                if (m) {
                    *pos = j;
                    return 1;
                }
            }
            if (probes-- == 0) {
                break;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int set_add_entry(VM *vm, ObjSet *s, Value key, int64_t hash) {
restart:;
    size_t mask = s->mask;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    SetEntry *freeslot = NULL;
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = i;; j++) {
            SetEntry *e = &s->table[j];
            if (IS_NULL(e->key)) {
                if (freeslot != NULL) {
                    freeslot->key = key;
                    freeslot->hash = hash;
                    s->used++;
                    return 0;
                }
                e->key = key;
                e->hash = hash;
                s->fill++;
                s->used++;
                if (s->fill * 5 < mask * 3) {
                    return 0;
                }
                return set_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
            }
            if (e->key == SET_DUMMY) {
                freeslot = e;
            } else if (e->hash == hash) {
                int m;
                if (entry_matches(vm, s, j, key, &m) < 0) {
                    return -1;
                }
                if (m == 2) {
                    goto restart;
                }
                if (m) {
                    return 0;
                }
                mask = s->mask;
            }
            if (probes-- == 0) {
                break;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* 1 removed, 0 absent, -1 error. */
static int set_discard_entry(VM *vm, ObjSet *s, Value key, int64_t hash) {
    size_t pos;
    int rc = set_lookkey(vm, s, key, hash, &pos);
    if (rc == 1) {
        s->table[pos].key = SET_DUMMY;
        s->table[pos].hash = -1;
        s->used--;
    }
    return rc;
}

/* Iterate live entries by table position, tolerating a table that changes between calls. */
static bool set_next_entry(ObjSet *s, size_t *pos, Value *key, int64_t *hash) {
    while (*pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (entry_live(e)) {
            *key = e->key;
            *hash = e->hash;
            return true;
        }
    }
    return false;
}

bool tpSet_next(ObjSet *s, size_t *pos, Value *key) {
    int64_t h;
    return set_next_entry(s, pos, key, &h);
}

static void set_clear_table(VM *vm, ObjSet *s, SetEntry *fresh) {
    tpMem_free(vm, s->table, (s->mask + 1) * sizeof(SetEntry));
    s->table = fresh;
    s->mask = SET_MINSIZE - 1;
    s->fill = s->used = 0;
}

static int set_clear(VM *vm, ObjSet *s) {
    SetEntry *fresh = table_alloc(vm, SET_MINSIZE);
    if (fresh == NULL) {
        return -1;
    }
    set_clear_table(vm, s, fresh);
    return 0;
}

/* ==== key-level operations ==== */

/* The hash of key; a set key that is unhashable is looked up as the equal frozenset. */
static int lookup_hash(VM *vm, Value *key, int64_t *h) {
    if (key_hash(vm, *key, h) == 0) {
        return 0;
    }
    if (!tpErr_matches(vm, EXC_TypeError) || !tpObj_is(vm, *key, TYPE_SET)) {
        return -1;
    }
    tpErr_clear(vm);
    ObjSet *f = tpSet_new(vm, true);
    if (f == NULL || tpSet_update(vm, f, *key) < 0) {
        return -1;
    }
    *key = OBJ_VAL(f);
    return key_hash(vm, *key, h);
}

int tpSet_add(VM *vm, ObjSet *s, Value v) {
    int64_t h;
    if (key_hash(vm, v, &h) < 0) {
        return -1;
    }
    return set_add_entry(vm, s, v, h);
}

int tpSet_contains(VM *vm, ObjSet *s, Value v, int *out) {
    int64_t h;
    size_t pos;
    if (lookup_hash(vm, &v, &h) < 0) {
        return -1;
    }
    int rc = set_lookkey(vm, s, v, h, &pos);
    if (rc < 0) {
        return -1;
    }
    *out = rc;
    return 0;
}

int tpSet_discard(VM *vm, ObjSet *s, Value key) {
    int64_t h;
    if (lookup_hash(vm, &key, &h) < 0) {
        return -1;
    }
    return set_discard_entry(vm, s, key, h);
}

/* ==== bulk operations ==== */

static int set_merge(VM *vm, ObjSet *s, ObjSet *o) {
    if (s == o || o->used == 0) {
        return 0;
    }
    if ((s->fill + o->used) * 5 >= s->mask * 3 && set_resize(vm, s, (s->used + o->used) * 2) < 0) {
        return -1;
    }
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        memcpy(s->table, o->table, (o->mask + 1) * sizeof(SetEntry));
        s->fill = o->fill;
        s->used = o->used;
        return 0;
    }
    if (s->fill == 0) {
        for (size_t i = 0; i <= o->mask; i++) {
            if (entry_live(&o->table[i])) {
                insert_clean(s->table, s->mask, o->table[i].key, o->table[i].hash);
            }
        }
        s->fill = s->used = o->used;
        return 0;
    }
    size_t pos = 0;
    Value k;
    int64_t h;
    while (set_next_entry(o, &pos, &k, &h)) {
        if (set_add_entry(vm, s, k, h) < 0) {
            return -1;
        }
    }
    return 0;
}

static int set_update_internal(VM *vm, ObjSet *s, Value other) {
    if (tpSet_check(vm, other)) {
        return set_merge(vm, s, AS_SET(other));
    }
    if (IS_OBJ_TYPE(other, vm->types[TYPE_DICT])) {
        ObjDict *d = AS_DICT(other);
        if ((s->fill + d->len) * 5 >= s->mask * 3 &&
            set_resize(vm, s, (s->used + d->len) * 2) < 0) {
            return -1;
        }
        size_t pos = 0;
        Value k;
        int64_t h;
        while (tpDict_next_hashed(d, &pos, &k, NULL, &h)) {
            if (set_add_entry(vm, s, k, h) < 0) {
                return -1;
            }
        }
        return 0;
    }
    Value it;
    if (tpObj_iter(vm, other, &it) < 0) {
        return -1;
    }
    for (;;) {
        size_t mark = tpGC_save(vm);
        Value k;
        int rc = tpObj_next(vm, it, &k);
        if (rc != 0) {
            return rc < 0 ? -1 : 0;
        }
        if (tpSet_add(vm, s, k) < 0) {
            return -1;
        }
        tpGC_restore(vm, mark);
    }
}

int tpSet_update(VM *vm, ObjSet *s, Value iterable) { return set_update_internal(vm, s, iterable); }

/* copy of s with the built-in base type of s */
static ObjSet *set_copy_base(VM *vm, ObjSet *s) {
    ObjSet *r = set_new_basetype(vm, s->hdr.type);
    if (r == NULL || set_merge(vm, r, s) < 0) {
        return NULL;
    }
    return r;
}

static ObjSet *set_from_iterable(VM *vm, ObjType *type, Value other) {
    ObjSet *r = set_new_basetype(vm, type);
    if (r == NULL || set_update_internal(vm, r, other) < 0) {
        return NULL;
    }
    return r;
}

static ObjSet *set_intersection(VM *vm, ObjSet *s, Value other) {
    if (OBJ_VAL(s) == other) {
        return set_copy_base(vm, s);
    }
    ObjSet *r = set_new_basetype(vm, s->hdr.type);
    if (r == NULL) {
        return NULL;
    }
    if (tpSet_check(vm, other)) {
        ObjSet *small = AS_SET(other), *big = s;
        if (small->used > big->used) {
            small = s;
            big = AS_SET(other);
        }
        size_t pos = 0;
        Value k;
        int64_t h;
        while (set_next_entry(small, &pos, &k, &h)) {
            size_t at;
            int rc = set_lookkey(vm, big, k, h, &at);
            if (rc < 0 || (rc == 1 && set_add_entry(vm, r, k, h) < 0)) {
                return NULL;
            }
        }
        return r;
    }
    Value it;
    if (tpObj_iter(vm, other, &it) < 0) {
        return NULL;
    }
    for (;;) {
        Value k;
        int64_t h;
        size_t at;
        int rc = tpObj_next(vm, it, &k);
        if (rc < 0) {
            return NULL;
        }
        if (rc == 1) {
            return r;
        }
        if (key_hash(vm, k, &h) < 0) {
            return NULL;
        }
        rc = set_lookkey(vm, s, k, h, &at);
        if (rc < 0 || (rc == 1 && set_add_entry(vm, r, k, h) < 0)) {
            return NULL;
        }
    }
}

int tpSet_intersection(VM *vm, ObjSet *s, Value other, Value *out) {
    ObjSet *r = set_intersection(vm, s, other);
    if (r == NULL) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

/* Give s the contents of t (t keeps s's old table, freed with it). */
static void set_swap_bodies(ObjSet *s, ObjSet *t) {
    SetEntry *tab = s->table;
    size_t fill = s->fill, used = s->used, mask = s->mask;
    s->table = t->table;
    s->fill = t->fill;
    s->used = t->used;
    s->mask = t->mask;
    t->table = tab;
    t->fill = fill;
    t->used = used;
    t->mask = mask;
    s->hash = t->hash = -1;
}

static int set_intersection_update(VM *vm, ObjSet *s, Value other) {
    ObjSet *t = set_intersection(vm, s, other);
    if (t == NULL) {
        return -1;
    }
    set_swap_bodies(s, t);
    return 0;
}

static int set_difference_update_internal(VM *vm, ObjSet *s, Value other) {
    if (OBJ_VAL(s) == other) {
        return set_clear(vm, s);
    }
    if (tpSet_check(vm, other)) {
        ObjSet *o = AS_SET(other);
        size_t pos = 0;
        Value k;
        int64_t h;
        while (set_next_entry(o, &pos, &k, &h)) {
            if (set_discard_entry(vm, s, k, h) < 0) {
                return -1;
            }
        }
    } else {
        Value it;
        if (tpObj_iter(vm, other, &it) < 0) {
            return -1;
        }
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
            if (tpSet_discard(vm, s, k) < 0) {
                return -1;
            }
            tpGC_restore(vm, mark);
        }
    }
    if (s->fill - s->used <= s->mask / 4) {
        return 0;
    }
    return set_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static ObjSet *set_difference(VM *vm, ObjSet *s, Value other) {
    size_t other_size;
    bool is_dict = IS_OBJ_TYPE(other, vm->types[TYPE_DICT]);
    if (tpSet_check(vm, other)) {
        other_size = AS_SET(other)->used;
    } else if (is_dict) {
        other_size = AS_DICT(other)->len;
    } else {
        other_size = (size_t)-1;
    }
    if (other_size == (size_t)-1 || (s->used >> 2) > other_size) {
        ObjSet *r = set_copy_base(vm, s);
        if (r == NULL || set_difference_update_internal(vm, r, other) < 0) {
            return NULL;
        }
        return r;
    }
    ObjSet *r = set_new_basetype(vm, s->hdr.type);
    if (r == NULL) {
        return NULL;
    }
    size_t pos = 0;
    Value k;
    int64_t h;
    while (set_next_entry(s, &pos, &k, &h)) {
        int rc;
        if (is_dict) {
            Value v;
            rc = tpDict_get_hashed(vm, AS_DICT(other), k, h, &v);
        } else {
            size_t at;
            rc = set_lookkey(vm, AS_SET(other), k, h, &at);
        }
        if (rc < 0 || (rc == 0 && set_add_entry(vm, r, k, h) < 0)) {
            return NULL;
        }
    }
    return r;
}

static int symdiff_toggle(VM *vm, ObjSet *s, Value k, int64_t h) {
    int rc = set_discard_entry(vm, s, k, h);
    if (rc < 0) {
        return -1;
    }
    return rc == 0 ? set_add_entry(vm, s, k, h) : 0;
}

static int set_symdiff_update(VM *vm, ObjSet *s, Value other) {
    if (OBJ_VAL(s) == other) {
        return set_clear(vm, s);
    }
    size_t pos = 0;
    Value k;
    int64_t h;
    if (IS_OBJ_TYPE(other, vm->types[TYPE_DICT])) {
        while (tpDict_next_hashed(AS_DICT(other), &pos, &k, NULL, &h)) {
            if (symdiff_toggle(vm, s, k, h) < 0) {
                return -1;
            }
        }
        return 0;
    }
    ObjSet *o = tpSet_check(vm, other) ? AS_SET(other) : set_from_iterable(vm, s->hdr.type, other);
    if (o == NULL) {
        return -1;
    }
    while (set_next_entry(o, &pos, &k, &h)) {
        if (symdiff_toggle(vm, s, k, h) < 0) {
            return -1;
        }
    }
    return 0;
}

static ObjSet *set_symdiff(VM *vm, ObjSet *s, Value other) {
    ObjSet *r = set_from_iterable(vm, s->hdr.type, other);
    if (r == NULL || set_symdiff_update(vm, r, OBJ_VAL(s)) < 0) {
        return NULL;
    }
    return r;
}

int tpSet_inplace_op(VM *vm, ObjSet *s, Value other, int op) {
    switch (op) {
    case BINOP_OR: return set_update_internal(vm, s, other);
    case BINOP_AND: return set_intersection_update(vm, s, other);
    case BINOP_SUB: return set_difference_update_internal(vm, s, other);
    default: return set_symdiff_update(vm, s, other);
    }
}

static int set_issubset(VM *vm, ObjSet *s, Value other, int *out) {
    if (!tpSet_check(vm, other)) {
        ObjSet *tmp = set_from_iterable(vm, vm->types[TYPE_SET], other);
        if (tmp == NULL) {
            return -1;
        }
        other = OBJ_VAL(tmp);
    }
    ObjSet *o = AS_SET(other);
    *out = 0;
    if (s->used > o->used) {
        return 0;
    }
    size_t pos = 0;
    Value k;
    int64_t h;
    while (set_next_entry(s, &pos, &k, &h)) {
        size_t at;
        int rc = set_lookkey(vm, o, k, h, &at);
        if (rc <= 0) {
            return rc;
        }
    }
    *out = 1;
    return 0;
}

static int set_issuperset(VM *vm, ObjSet *s, Value other, int *out) {
    if (tpSet_check(vm, other)) {
        return set_issubset(vm, AS_SET(other), OBJ_VAL(s), out);
    }
    Value it;
    if (tpObj_iter(vm, other, &it) < 0) {
        return -1;
    }
    for (;;) {
        size_t mark = tpGC_save(vm);
        Value k;
        int rc = tpObj_next(vm, it, &k);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            *out = 1;
            return 0;
        }
        if (tpSet_contains(vm, s, k, out) < 0) {
            return -1;
        }
        tpGC_restore(vm, mark);
        if (!*out) {
            return 0;
        }
    }
}

/* ==== slots ==== */

static void set_mark(VM *vm, Obj *o) {
    ObjSet *s = (ObjSet *)o;
    if (s->table == NULL) {
        return;
    }
    for (size_t i = 0; i <= s->mask; i++) {
        if (entry_live(&s->table[i])) {
            tpGC_mark_value(vm, s->table[i].key);
        }
    }
}

static void set_free(VM *vm, Obj *o) {
    ObjSet *s = (ObjSet *)o;
    if (s->table != NULL) {
        tpMem_free(vm, s->table, (s->mask + 1) * sizeof(SetEntry));
        s->table = NULL;
    }
}

static int set_repr_items(VM *vm, ObjSet *s, StrBuf *b) {
    size_t pos = 0;
    Value k;
    int64_t h;
    bool first = true;
    while (set_next_entry(s, &pos, &k, &h)) {
        if (tpGC_push_root(vm, k) < 0 || (!first && tpBuf_put(vm, b, ", ", 2) < 0) ||
            tpC_put_repr(vm, b, k) < 0) {
            return -1;
        }
        first = false;
    }
    return 0;
}

static int set_repr(VM *vm, Value self, Value *out) {
    ObjSet *s = AS_SET(self);
    const char *tn = tpObj_typename(vm, self);
    bool plain = s->hdr.type == vm->types[TYPE_SET];
    StrBuf b;
    tpBuf_init(&b);
    int rc;
    if (s->used == 0) {
        rc = tpBuf_printf(vm, &b, "%s()", tn);
    } else if (tpSeq_repr_enter(&s->hdr)) {
        rc = tpBuf_printf(vm, &b, "%s(...)", tn);
    } else {
        rc = plain ? 0 : tpBuf_printf(vm, &b, "%s(", tn);
        if (rc == 0) {
            rc = tpBuf_putc(vm, &b, '{');
        }
        if (rc == 0) {
            rc = set_repr_items(vm, s, &b);
        }
        if (rc == 0) {
            rc = tpBuf_puts(vm, &b, plain ? "}" : "})");
        }
        tpSeq_repr_leave(&s->hdr);
    }
    if (rc < 0) {
        tpBuf_free(&b);
        return -1;
    }
    ObjStr *str = tpBuf_finish(vm, &b);
    if (str == NULL) {
        return -1;
    }
    *out = OBJ_VAL(str);
    return 0;
}

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

static int frozenset_hash(VM *vm, Value self, int64_t *out) {
    (void)vm;
    ObjSet *s = AS_SET(self);
    if (s->hash != -1) {
        *out = s->hash;
        return 0;
    }
    uint64_t h = 0;
    for (size_t i = 0; i <= s->mask; i++) {
        if (entry_live(&s->table[i])) {
            h ^= shuffle_bits((uint64_t)s->table[i].hash);
        }
    }
    h ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == (uint64_t)-1) {
        h = 590923713ULL;
    }
    s->hash = (int64_t)h;
    *out = s->hash;
    return 0;
}

static int set_richcmp(VM *vm, Value a, Value b, int op, Value *out) {
    if (!tpSet_check(vm, a) || !tpSet_check(vm, b)) {
        *out = vm->not_implemented;
        return 0;
    }
    ObjSet *v = AS_SET(a), *w = AS_SET(b);
    int r = 0, rc = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (v->used == w->used && !(v->hash != -1 && w->hash != -1 && v->hash != w->hash)) {
            rc = set_issubset(vm, v, b, &r);
        }
        if (op == CMP_NE) {
            r = !r;
        }
        break;
    case CMP_LE:
        rc = set_issubset(vm, v, b, &r);
        break;
    case CMP_GE:
        rc = set_issuperset(vm, v, b, &r);
        break;
    case CMP_LT:
        rc = v->used < w->used ? set_issubset(vm, v, b, &r) : 0;
        break;
    default:
        rc = v->used > w->used ? set_issuperset(vm, v, b, &r) : 0;
        break;
    }
    if (rc < 0) {
        return -1;
    }
    *out = BOOL_VAL(r);
    return 0;
}

static int set_result(ObjSet *r, Value *out) {
    if (r == NULL) {
        return -1;
    }
    *out = OBJ_VAL(r);
    return 0;
}

static int set_binop(VM *vm, Value a, Value b, int op, Value *out) {
    if (!tpSet_check(vm, a) || !tpSet_check(vm, b)) {
        *out = vm->not_implemented;
        return 0;
    }
    ObjSet *s = AS_SET(a);
    switch (op) {
    case BINOP_OR: {
        ObjSet *r = set_copy_base(vm, s);
        if (r != NULL && a != b && set_update_internal(vm, r, b) < 0) {
            return -1;
        }
        return set_result(r, out);
    }
    case BINOP_AND: return set_result(set_intersection(vm, s, b), out);
    case BINOP_SUB: return set_result(set_difference(vm, s, b), out);
    case BINOP_XOR: return set_result(set_symdiff(vm, s, b), out);
    default:
        *out = vm->not_implemented;
        return 0;
    }
}

static int set_ibinop(VM *vm, Value a, Value b, int op, Value *out) {
    if (!tpSet_check(vm, a) || is_frozen(vm, a) || !tpSet_check(vm, b) ||
        (op != BINOP_OR && op != BINOP_AND && op != BINOP_SUB && op != BINOP_XOR)) {
        *out = vm->not_implemented;
        return 0;
    }
    if (tpSet_inplace_op(vm, AS_SET(a), b, op) < 0) {
        return -1;
    }
    *out = a;
    return 0;
}

static int set_len(VM *vm, Value self, int64_t *out) {
    (void)vm;
    *out = (int64_t)AS_SET(self)->used;
    return 0;
}

static int set_contains_slot(VM *vm, Value self, Value x, int *out) {
    return tpSet_contains(vm, AS_SET(self), x, out);
}

static int set_iter(VM *vm, Value self, Value *out);

static int set_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    return set_result(set_alloc(vm, type), out);
}

static int set_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    if (kwnames != NULL && kwnames->len > 0) {
        return tpErr_raise(vm, EXC_TypeError, "set() takes no keyword arguments");
    }
    if (argc > 1) {
        return tpErr_format(vm, EXC_TypeError, "set expected at most 1 argument, got %d", argc);
    }
    ObjSet *s = AS_SET(self);
    if (s->fill > 0 && set_clear(vm, s) < 0) {
        return -1;
    }
    s->hash = -1;
    return argc == 1 ? set_update_internal(vm, s, argv[0]) : 0;
}

static int frozenset_new(VM *vm, ObjType *type, int argc, Value *argv, ObjTuple *kwnames,
                         Value *out) {
    bool exact = type == vm->types[TYPE_FROZENSET];
    if (kwnames != NULL && kwnames->len > 0 && exact) {
        return tpErr_raise(vm, EXC_TypeError, "frozenset() takes no keyword arguments");
    }
    if (argc > 1) {
        return tpErr_format(vm, EXC_TypeError, "frozenset expected at most 1 argument, got %d",
                            argc);
    }
    if (argc == 1 && exact && IS_OBJ_TYPE(argv[0], type)) {
        *out = argv[0];
        return 0;
    }
    ObjSet *s = set_alloc(vm, type);
    if (s == NULL || (argc == 1 && set_update_internal(vm, s, argv[0]) < 0)) {
        return -1;
    }
    *out = OBJ_VAL(s);
    return 0;
}

/* ==== methods ==== */

static int none_result(int rc, Value *out) {
    *out = NONE_VAL;
    return rc < 0 ? -1 : 0;
}

static int set_add_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    return none_result(tpSet_add(vm, AS_SET(argv[0]), argv[1]), out);
}

static int set_remove_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    int rc = tpSet_discard(vm, AS_SET(argv[0]), argv[1]);
    if (rc == 0) {
        return tpErr_set_args(vm, tpExc_type(vm, EXC_KeyError), 1, &argv[1]);
    }
    return none_result(rc, out);
}

static int set_discard_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    return none_result(tpSet_discard(vm, AS_SET(argv[0]), argv[1]), out);
}

static int set_pop_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    ObjSet *s = AS_SET(argv[0]);
    if (s->used == 0) {
        return tpErr_raise(vm, EXC_KeyError, "pop from an empty set");
    }
    size_t i = s->finger & s->mask;
    while (!entry_live(&s->table[i])) {
        i = i == s->mask ? 0 : i + 1;
    }
    *out = s->table[i].key;
    s->table[i].key = SET_DUMMY;
    s->table[i].hash = -1;
    s->used--;
    s->finger = i + 1;
    return 0;
}

static int set_clear_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    return none_result(set_clear(vm, AS_SET(argv[0])), out);
}

static int set_copy_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    if (IS_OBJ_TYPE(argv[0], vm->types[TYPE_FROZENSET])) {
        *out = argv[0];
        return 0;
    }
    return set_result(set_copy_base(vm, AS_SET(argv[0])), out);
}

static int set_update_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    for (int i = 1; i < argc; i++) {
        if (set_update_internal(vm, AS_SET(argv[0]), argv[i]) < 0) {
            return -1;
        }
    }
    *out = NONE_VAL;
    return 0;
}

static int set_union_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    ObjSet *r = set_copy_base(vm, AS_SET(argv[0]));
    for (int i = 1; r != NULL && i < argc; i++) {
        if (argv[i] != argv[0] && set_update_internal(vm, r, argv[i]) < 0) {
            return -1;
        }
    }
    return set_result(r, out);
}

static ObjSet *intersection_multi(VM *vm, int argc, Value *argv) {
    ObjSet *r = AS_SET(argv[0]);
    if (argc == 1) {
        return set_copy_base(vm, r);
    }
    for (int i = 1; r != NULL && i < argc; i++) {
        r = set_intersection(vm, r, argv[i]);
    }
    return r;
}

static int set_intersection_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    return set_result(intersection_multi(vm, argc, argv), out);
}

static int set_intersection_update_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    ObjSet *t = intersection_multi(vm, argc, argv);
    if (t == NULL) {
        return -1;
    }
    set_swap_bodies(AS_SET(argv[0]), t);
    *out = NONE_VAL;
    return 0;
}

static int set_difference_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    ObjSet *s = AS_SET(argv[0]);
    if (argc == 1) {
        return set_result(set_copy_base(vm, s), out);
    }
    ObjSet *r = set_difference(vm, s, argv[1]);
    for (int i = 2; r != NULL && i < argc; i++) {
        if (set_difference_update_internal(vm, r, argv[i]) < 0) {
            return -1;
        }
    }
    return set_result(r, out);
}

static int set_difference_update_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)kw;
    for (int i = 1; i < argc; i++) {
        if (set_difference_update_internal(vm, AS_SET(argv[0]), argv[i]) < 0) {
            return -1;
        }
    }
    *out = NONE_VAL;
    return 0;
}

static int set_symdiff_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    return set_result(set_symdiff(vm, AS_SET(argv[0]), argv[1]), out);
}

static int set_symdiff_update_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    return none_result(set_symdiff_update(vm, AS_SET(argv[0]), argv[1]), out);
}

static int set_issubset_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    int r;
    if (set_issubset(vm, AS_SET(argv[0]), argv[1], &r) < 0) {
        return -1;
    }
    *out = BOOL_VAL(r);
    return 0;
}

static int set_issuperset_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    int r;
    if (set_issuperset(vm, AS_SET(argv[0]), argv[1], &r) < 0) {
        return -1;
    }
    *out = BOOL_VAL(r);
    return 0;
}

static int set_isdisjoint(VM *vm, ObjSet *s, Value other, int *out) {
    *out = 1;
    if (OBJ_VAL(s) == other) {
        *out = s->used == 0;
        return 0;
    }
    if (IS_OBJ_TYPE(other, vm->types[TYPE_SET]) || IS_OBJ_TYPE(other, vm->types[TYPE_FROZENSET])) {
        ObjSet *small = AS_SET(other), *big = s;
        if (small->used > big->used) {
            small = s;
            big = AS_SET(other);
        }
        size_t pos = 0;
        Value k;
        int64_t h;
        while (set_next_entry(small, &pos, &k, &h)) {
            size_t at;
            int rc = set_lookkey(vm, big, k, h, &at);
            if (rc != 0) {
                *out = 0;
                return rc < 0 ? -1 : 0;
            }
        }
        return 0;
    }
    Value it;
    if (tpObj_iter(vm, other, &it) < 0) {
        return -1;
    }
    for (;;) {
        size_t mark = tpGC_save(vm);
        Value k;
        int in;
        int rc = tpObj_next(vm, it, &k);
        if (rc != 0) {
            return rc < 0 ? -1 : 0;
        }
        if (tpSet_contains(vm, s, k, &in) < 0) {
            return -1;
        }
        tpGC_restore(vm, mark);
        if (in) {
            *out = 0;
            return 0;
        }
    }
}

static int set_isdisjoint_m(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)argc;
    (void)kw;
    int r;
    if (set_isdisjoint(vm, AS_SET(argv[0]), argv[1], &r) < 0) {
        return -1;
    }
    *out = BOOL_VAL(r);
    return 0;
}

static const MethodDef set_methods[] = {
    TP_METHOD("add", set_add_m, 1, 1),
    TP_METHOD("remove", set_remove_m, 1, 1),
    TP_METHOD("discard", set_discard_m, 1, 1),
    TP_METHOD("pop", set_pop_m, 0, 0),
    TP_METHOD("clear", set_clear_m, 0, 0),
    TP_METHOD("copy", set_copy_m, 0, 0),
    TP_METHOD("update", set_update_m, 0, -1),
    TP_METHOD("union", set_union_m, 0, -1),
    TP_METHOD("intersection", set_intersection_m, 0, -1),
    TP_METHOD("intersection_update", set_intersection_update_m, 0, -1),
    TP_METHOD("difference", set_difference_m, 0, -1),
    TP_METHOD("difference_update", set_difference_update_m, 0, -1),
    TP_METHOD("symmetric_difference", set_symdiff_m, 1, 1),
    TP_METHOD("symmetric_difference_update", set_symdiff_update_m, 1, 1),
    TP_METHOD("issubset", set_issubset_m, 1, 1),
    TP_METHOD("issuperset", set_issuperset_m, 1, 1),
    TP_METHOD("isdisjoint", set_isdisjoint_m, 1, 1),
    TP_CLASS_GETITEM,
    TP_METHOD_END,
};

static const MethodDef frozenset_methods[] = {
    TP_METHOD("copy", set_copy_m, 0, 0),
    TP_METHOD("union", set_union_m, 0, -1),
    TP_METHOD("intersection", set_intersection_m, 0, -1),
    TP_METHOD("difference", set_difference_m, 0, -1),
    TP_METHOD("symmetric_difference", set_symdiff_m, 1, 1),
    TP_METHOD("issubset", set_issubset_m, 1, 1),
    TP_METHOD("issuperset", set_issuperset_m, 1, 1),
    TP_METHOD("isdisjoint", set_isdisjoint_m, 1, 1),
    TP_CLASS_GETITEM,
    TP_METHOD_END,
};

const TypeSpec tpSet_spec = {
    .name = "set",
    .id = TYPE_SET,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjSet),
    .flags = TPFLAG_BASETYPE | TPFLAG_UNHASHABLE,
    .slots = {
        .mark = set_mark,
        .free = set_free,
        .repr = set_repr,
        .richcmp = set_richcmp,
        .binop = set_binop,
        .ibinop = set_ibinop,
        .len = set_len,
        .iter = set_iter,
        .contains = set_contains_slot,
        .new_ = set_new,
        .init = set_init,
    },
    .methods = set_methods,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object",
};

const TypeSpec tpFrozenSet_spec = {
    .name = "frozenset",
    .id = TYPE_FROZENSET,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjSet),
    .flags = TPFLAG_BASETYPE,
    .slots = {
        .mark = set_mark,
        .free = set_free,
        .repr = set_repr,
        .hash = frozenset_hash,
        .richcmp = set_richcmp,
        .binop = set_binop,
        .len = set_len,
        .iter = set_iter,
        .contains = set_contains_slot,
        .new_ = frozenset_new,
    },
    .methods = frozenset_methods,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object",
};

/* ==== set_iterator ==== */

typedef struct SetIter {
    Obj hdr;
    ObjSet *s;               /* NULL once exhausted */
    size_t pos;
    size_t used;             /* s->used when created, to detect size changes */
    size_t left;             /* items still to produce (for __length_hint__) */
} SetIter;

static int set_iter(VM *vm, Value self, Value *out) {
    SetIter *it = tpGC_alloc(vm, vm->types[TYPE_SET_ITER], sizeof(SetIter));
    if (it == NULL) {
        return -1;
    }
    it->s = AS_SET(self);
    it->used = it->left = it->s->used;
    *out = OBJ_VAL(it);
    return 0;
}

static void setiter_mark(VM *vm, Obj *o) { tpGC_mark_obj(vm, (Obj *)((SetIter *)o)->s); }

static int setiter_next(VM *vm, Value self, Value *out) {
    SetIter *it = (SetIter *)AS_OBJ(self);
    if (it->s == NULL) {
        return 1;
    }
    if (it->s->used != it->used) {
        it->used = (size_t)-1;
        return tpErr_raise(vm, EXC_RuntimeError, "Set changed size during iteration");
    }
    int64_t h;
    if (!set_next_entry(it->s, &it->pos, out, &h)) {
        it->s = NULL;
        return 1;
    }
    it->left--;
    return 0;
}

static int setiter_length_hint(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    (void)vm;
    (void)argc;
    (void)kw;
    SetIter *it = (SetIter *)AS_OBJ(argv[0]);
    *out = INT_VAL(it->s != NULL && it->s->used == it->used ? (int64_t)it->left : 0);
    return 0;
}

static const MethodDef setiter_methods[] = {
    TP_METHOD("__length_hint__", setiter_length_hint, 0, 0),
    TP_METHOD_END,
};

const TypeSpec tpSetIter_spec = {
    .name = "set_iterator",
    .id = TYPE_SET_ITER,
    .base = TYPE_OBJECT,
    .size = sizeof(SetIter),
    .slots = {
        .mark = setiter_mark,
        .iter = tpSeq_iter_self,
        .next = setiter_next,
    },
    .methods = setiter_methods,
};
