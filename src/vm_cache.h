/*
 * vm_cache.h — inline caches for LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD and STORE_ATTR.
 *
 * Each code object gets, on its first run, IC_WAYS ICaches per such instruction (ObjCode.caches, a
 * CodeCaches block: a map from instruction index to entry, then the entries). An entry is
 * filled by the slow path after it succeeded (vm_cache.c) and is keyed by things that change
 * whenever its answer could: dict versions (unique per dict state, obj_dict.c) for globals, and
 * type version tags (unique per type state, type_cache.c) for attributes. Entries hold weak
 * pointers only: a matching key proves the cached value is still reachable from a live dict.
 *
 * The fast paths below return 1 (done, *out set), 0 (miss: take the slow path) or -1 (error).
 */
#ifndef TP_VM_CACHE_H
#define TP_VM_CACHE_H

#include "runtime.h"
#include "type_cache.h"
#include "inst_values.h"

enum {
    IC_EMPTY,
    IC_GLOBAL,          /* value valid while globals/builtins versions are ver/ver2 */
    IC_INSTANCE_DICT,   /* the value is entry `hint` of the instance dict */
    IC_MODULE,          /* the value is entry `hint` of the module dict */
    IC_CLASS_VALUE,     /* attribute of a class object (ver = the class's tag): `value` */
    IC_DATA_DESCR,      /* a data descriptor on the type: call its __get__ */
    IC_TYPE_ATTR,       /* a class attribute the instance dict does not shadow */
    IC_METHOD,          /* LOAD_METHOD: an unbound method the instance dict does not shadow */
    IC_SPLIT,           /* value `hint` of split storage whose shape is `value` (the class's) */
};

typedef struct ICache {
    uint32_t tag;            /* type version tag of the receiver's type (0: never matches) */
    uint32_t hint;           /* dict entry index */
    uint8_t kind;            /* IC_* */
    uint64_t ver, ver2;
    Value value;
} ICache;

/* Entries per instruction: attribute sites remember two receiver types (a base class and a
 * subclass through one `self.x` is common); LOAD_GLOBAL uses the first only. */
#define IC_WAYS 2

typedef struct CodeCaches {
    uint32_t nentries;
    ICache *entries;
    int32_t map[];           /* ncode entries: the byte offset from this block of the
                              * instruction's entries (in `entries`), or -1 */
} CodeCaches;

/* Allocate co->caches (MemoryError: NULL). */
TP_INTERNAL CodeCaches *tpIC_alloc(VM *vm, ObjCode *co);
TP_INTERNAL void tpIC_free(VM *vm, ObjCode *co);

/* Fill after a successful slow path (they run no Python code). */
TP_INTERNAL void tpIC_fill_global(VM *vm, ICache *ic, ObjDict *globals, ObjDict *builtins,
                                  ObjStr *name, Value v);
TP_INTERNAL void tpIC_fill_attr(VM *vm, ICache *ic, Value obj, ObjStr *name, bool method);
TP_INTERNAL void tpIC_fill_store(VM *vm, ICache *ic, Value obj, ObjStr *name);

/* The entry of the instruction at code index i (pc - co->code - 1), or NULL on MemoryError. */
static inline ICache *tpIC_get(VM *vm, ObjCode *co, ptrdiff_t i) {
    CodeCaches *cc = co->caches;
    if (unlikely(cc == NULL)) {
        cc = tpIC_alloc(vm, co);
        if (cc == NULL) {
            return NULL;
        }
    }
    return (ICache *)((char *)cc + cc->map[i]);
}

static inline int tpIC_load_global(ICache *ic, ObjDict *globals, ObjDict *builtins, Value *out) {
    if (ic->kind == IC_GLOBAL && ic->ver == globals->version && ic->ver2 == builtins->version) {
        *out = ic->value;
        return 1;
    }
    return 0;
}

/* Entry `hint` of d if its key is `name` (interned, so compared by pointer). */
static inline bool tpIC_dict_hint(VM *vm, ObjDict *d, uint32_t hint, ObjStr *name, Value *out) {
    if (d != NULL && !tpInst_is_split(vm, (Obj *)d) && hint < d->nentries &&
        d->entries[hint].key == OBJ_VAL(name)) {
        *out = d->entries[hint].value;
        return true;
    }
    return false;
}

/* Does the instance dict of o (type with a plain dictoffset) lack `name`? `shape_ver` (IC_METHOD,
 * IC_TYPE_ATTR: ver2) is the version of the class's shape when the entry was filled, if the shape
 * lacked `name` then: while the shape is unchanged, split storage using it cannot hold `name`
 * (versions come from one clock, so no other dict has that version; 0 = not known). The common
 * answers are inline; a lookup in the storage is out of line. */
static __attribute__((noinline)) bool tpIC_not_in_storage(VM *vm, ObjDict *d, ObjStr *name) {
    if (tpInst_is_split(vm, (Obj *)d)) {
        return IS_NULL(tpInst_get(vm, (ObjTuple *)d, name));
    }
    return d->len == 0 || IS_NULL(tpDict_get_str(vm, d, name));
}

static inline __attribute__((always_inline)) bool tpIC_not_shadowed(VM *vm, Obj *o, ObjStr *name,
                                                                    uint64_t shape_ver) {
    size_t off = o->type->dictoffset;
    if (off == 0) {
        return true;
    }
    ObjDict *d = *(ObjDict **)((char *)o + off);
    if (d == NULL) {
        return true;
    }
    if (tpInst_is_split(vm, (Obj *)d) && shape_ver != 0 &&
        AS_DICT(((ObjTuple *)d)->items[0])->version == shape_ver) {
        return true;
    }
    return tpIC_not_in_storage(vm, d, name);
}

/* Value `hint` of the split storage in slot s if its shape is `shape`. */
static inline bool tpIC_split_hint(VM *vm, Obj *s, Value shape, uint32_t hint, Value *out) {
    if (s != NULL && tpInst_is_split(vm, s) && ((ObjTuple *)s)->items[0] == shape &&
        hint < tpInst_count((ObjTuple *)s)) {
        *out = ((ObjTuple *)s)->items[1 + hint];
        return true;
    }
    return false;
}

/* LOAD_ATTR, and the non-method results of LOAD_METHOD (the out-of-line part). */
static int tpIC_load_attr_any(VM *vm, ICache *ic, Value obj, ObjStr *name, Value *out) {
    if (!IS_OBJ(obj)) {
        return 0;
    }
    Obj *o = AS_OBJ(obj);
    ObjType *t = o->type;
    if (ic->tag != t->version_tag || ic->tag == 0) {
        return 0;
    }
    switch (ic->kind) {
    case IC_SPLIT:
        return tpIC_split_hint(vm, *(Obj **)((char *)o + t->dictoffset), ic->value, ic->hint, out);
    case IC_INSTANCE_DICT:
        return tpIC_dict_hint(vm, *(ObjDict **)((char *)o + t->dictoffset), ic->hint, name, out);
    case IC_MODULE:
        return tpIC_dict_hint(vm, ((ObjModule *)o)->dict, ic->hint, name, out);
    case IC_CLASS_VALUE:
        if (((ObjType *)o)->version_tag != ic->ver) {
            return 0;
        }
        *out = ic->value;
        return 1;
    case IC_DATA_DESCR: {
        Value d = ic->value;
        return AS_OBJ(d)->type->sl.descr_get(vm, d, obj, OBJ_VAL(t), out) < 0 ? -1 : 1;
    }
    case IC_TYPE_ATTR: {
        if (!tpIC_not_shadowed(vm, o, name, ic->ver2)) {
            return 0;
        }
        Value d = ic->value;
        ObjType *dt = tpType_of(vm, d);
        if (dt->sl.descr_get != NULL) {
            return dt->sl.descr_get(vm, d, obj, OBJ_VAL(t), out) < 0 ? -1 : 1;
        }
        *out = d;
        return 1;
    }
    default:
        return 0;
    }
}

/* LOAD_ATTR, and the non-method results of LOAD_METHOD: 1 hit (*out), 0 miss, -1 error. The
 * commonest hit, an instance attribute in split storage, is checked in the caller: a call per
 * `self.x` cost about a third of the instructions of the whole lookup. */
static inline __attribute__((always_inline)) int tpIC_load_attr(VM *vm, ICache *ic, Value obj,
                                                                ObjStr *name, Value *out) {
    if (ic->kind == IC_SPLIT && IS_OBJ(obj)) {
        Obj *o = AS_OBJ(obj);
        ObjType *t = o->type;
        if (ic->tag == t->version_tag) {   /* a filled entry's tag is never 0 */
            Obj *s = *(Obj **)((char *)o + t->dictoffset);
            if (s != NULL && s->type == vm->types[TYPE_TUPLE] &&
                ((ObjTuple *)s)->items[0] == ic->value &&
                ic->hint < tpInst_count((ObjTuple *)s)) {
                *out = ((ObjTuple *)s)->items[1 + ic->hint];
                return 1;
            }
        }
        return 0;
    }
    return tpIC_load_attr_any(vm, ic, obj, name, out);
}

/* LOAD_METHOD: 2 when *out is an unbound method to call with obj, else as tpIC_load_attr. */
static inline __attribute__((always_inline)) int tpIC_load_method(VM *vm, ICache *ic, Value obj,
                                                                  ObjStr *name, Value *out) {
    if (ic->kind == IC_METHOD) {
        if (IS_OBJ(obj) && ic->tag == AS_OBJ(obj)->type->version_tag &&
            tpIC_not_shadowed(vm, AS_OBJ(obj), name, ic->ver2)) {
            *out = ic->value;
            return 2;
        }
        return 0;
    }
    return tpIC_load_attr(vm, ic, obj, name, out);
}

/* STORE_ATTR into split storage, the cases other than overwriting an existing value: append
 * value `hint` when it is the next one; the first attribute of a fresh instance (no storage
 * yet) starts its values. 1 stored, 0 miss, -1 error (MemoryError). */
static __attribute__((noinline)) int tpIC_store_split_grow(VM *vm, ICache *ic, Obj *o,
                                                            ObjDict **slot, Value v) {
    Obj *s = (Obj *)*slot;
    if (s == NULL) {
        /* the entry was filled for this very type (tag), whose shape is ic->value */
        return ic->hint == 0 ? tpInst_start(vm, o, slot, AS_DICT(ic->value), v) : 0;
    }
    if (!tpInst_is_split(vm, s)) {
        return 0;
    }
    ObjTuple *vals = (ObjTuple *)s;
    size_t n = tpInst_count(vals);
    if (vals->items[0] != ic->value || ic->hint != n || 1 + (size_t)ic->hint >= vals->len) {
        return 0;
    }
    vals->items[1 + n] = v;
    tpInst_barrier(vm, o, vals, v);
    vals->hash = (int64_t)n + 1;
    return 1;
}

/* STORE_ATTR into split storage: overwrite value `hint` here, anything else out of line. */
static inline __attribute__((always_inline)) int tpIC_store_split(VM *vm, ICache *ic, Obj *o,
                                                                  ObjDict **slot, Value v) {
    Obj *s = (Obj *)*slot;
    if (s != NULL && tpInst_is_split(vm, s) && ((ObjTuple *)s)->items[0] == ic->value) {
        ObjTuple *vals = (ObjTuple *)s;
        size_t n = tpInst_count(vals);
        if (ic->hint < n) {
            vals->items[1 + ic->hint] = v;
            tpInst_barrier(vm, o, vals, v);
            return 1;
        }
        if (ic->hint == n && 1 + n < vals->len) {
            /* the next value of a fresh instance (`self.y = y` after `self.x = x` in __init__):
             * appended here, as tpIC_store_split_grow would */
            vals->items[1 + n] = v;
            tpInst_barrier(vm, o, vals, v);
            vals->hash = (int64_t)n + 1;
            return 1;
        }
    }
    return tpIC_store_split_grow(vm, ic, o, slot, v);
}

/* STORE_ATTR over an existing instance-dict entry, or into split storage: 1 stored, 0 miss,
 * -1 error. */
static inline __attribute__((always_inline)) int tpIC_store_attr(VM *vm, ICache *ic, Value obj,
                                                                 ObjStr *name, Value v) {
    if ((ic->kind != IC_INSTANCE_DICT && ic->kind != IC_SPLIT) || !IS_OBJ(obj)) {
        return 0;
    }
    Obj *o = AS_OBJ(obj);
    if (ic->tag != o->type->version_tag) {   /* kind is IC_SPLIT or IC_INSTANCE_DICT: tag != 0 */
        return 0;
    }
    ObjDict **slot = (ObjDict **)((char *)o + o->type->dictoffset);
    if (ic->kind == IC_SPLIT) {
        return tpIC_store_split(vm, ic, o, slot, v);
    }
    ObjDict *d = *slot;
    if (d == NULL || tpInst_is_split(vm, (Obj *)d) || ic->hint >= d->nentries ||
        d->entries[ic->hint].key != OBJ_VAL(name)) {
        return 0;
    }
    d->entries[ic->hint].value = v;
    d->version = ++tpDict_version_clock;
    if (IS_OBJ(v)) {
        tpGC_barrier_dict(vm, d, ic->hint);
    }
    return 1;
}

#endif
