/*
 * inst_values.c — shared-key ("split") instance attribute storage; the layout is described in
 * inst_values.h.
 *
 * Why a tuple: the storage needs a GC-managed block whose mark function marks every item, and
 * tuples are exactly that; it costs one allocation per instance where a dict costs three (the
 * object, its index table and its entry array), and the shape is shared.
 */
#include "internal.h"
#include "objmodel.h"
#include "inst_values.h"

#define MAX_SHARED_KEYS 30

static bool uses_shared_keys(VM *vm, ObjType *t) {
    return (t->flags & TPFLAG_HEAPTYPE) && t->spec == vm->types[TYPE_OBJECT]->spec &&
           t->dictoffset != 0 && t->dictoffset != TP_DICT_TAIL;
}

/* Where an instance of t keeps embedded split storage: after its t->size bytes, which end with
 * the dict slot (t->size is a multiple of 8). `__class__` assignment keeps sizes equal, so the
 * place does not move with the type. */
static ObjTuple *embedded_values(Obj *o) { return (ObjTuple *)((char *)o + o->type->size); }


Obj *tpInst_alloc(VM *vm, ObjType *t) {
    ObjDict *shape = t->shape;
    if (shape == NULL || shape->len == 0 || !uses_shared_keys(vm, t) ||
        t->dictoffset + sizeof(ObjDict *) != t->size || (t->size & 7) != 0) {
        return tpGC_alloc(vm, t, t->size);
    }
    size_t cap = shape->len;
    Obj *o = tpGC_alloc(vm, t, t->size + sizeof(ObjTuple) + (1 + cap) * sizeof(Value));
    if (o == NULL) {
        return NULL;
    }
    ObjTuple *vals = embedded_values(o);
    vals->hdr.type = vm->types[TYPE_TUPLE];
    vals->hdr.flags = TP_INST_EMBEDDED;
    vals->len = 1 + cap;
    vals->hash = 0;
    vals->items[0] = OBJ_VAL(shape);
    for (size_t i = 0; i < cap; i++) {
        vals->items[1 + i] = NULL_VAL;
    }
    *(ObjDict **)((char *)o + t->dictoffset) = (ObjDict *)vals;
    return o;
}

void tpInst_mark_storage(VM *vm, Obj *o, ObjDict *storage) {
    if ((ObjTuple *)storage == embedded_values(o) && tpInst_is_split(vm, (Obj *)storage) &&
        (storage->hdr.flags & TP_INST_EMBEDDED)) {
        ObjTuple *vals = (ObjTuple *)storage;
        tpGC_mark_values(vm, vals->items, 1 + tpInst_count(vals));
    } else {
        tpGC_mark_obj(vm, (Obj *)storage);
    }
}

Value tpInst_get(VM *vm, ObjTuple *vals, ObjStr *name) {
    Value iv = tpDict_get_str(vm, AS_DICT(vals->items[0]), name);
    if (IS_NULL(iv) || (size_t)AS_INT(iv) >= tpInst_count(vals)) {
        return NULL_VAL;
    }
    return vals->items[1 + AS_INT(iv)];
}

/* A values tuple for up to cap values, holding the first n of old's (old may be NULL). */
static ObjTuple *new_values(VM *vm, ObjDict *shape, size_t cap, ObjTuple *old) {
    ObjTuple *vals = tpTuple_new(vm, 1 + cap);
    if (vals == NULL) {
        return NULL;
    }
    vals->items[0] = OBJ_VAL(shape);
    size_t n = old != NULL ? tpInst_count(old) : 0;
    for (size_t i = 0; i < cap; i++) {
        vals->items[1 + i] = i < n ? old->items[1 + i] : NULL_VAL;
    }
    vals->hash = (int64_t)n;
    return vals;
}

ObjDict *tpInst_materialize(VM *vm, Obj *o, ObjDict **slot) {
    ObjTuple *vals = (ObjTuple *)*slot;
    ObjDict *shape = AS_DICT(vals->items[0]);
    ObjDict *d = tpDict_new(vm);
    if (d == NULL) {
        return NULL;
    }
    /* shape entries are never deleted, so entry i holds the name with index i */
    for (size_t i = 0; i < tpInst_count(vals); i++) {
        if (tpDict_set_str(vm, d, AS_STR(shape->entries[i].key), vals->items[1 + i]) < 0) {
            return NULL;
        }
    }
    *slot = d;
    tpGC_barrier(vm, o);
    return d;
}

/* Append v as value number n (the name at index n of the shape), growing the tuple. */
static int append_value(VM *vm, Obj *o, ObjDict **slot, ObjTuple *vals, size_t n, Value v) {
    if (1 + n >= vals->len) {
        vals = new_values(vm, AS_DICT(vals->items[0]), 2 * (vals->len - 1) + 2, vals);
        if (vals == NULL) {
            return -1;
        }
        *slot = (ObjDict *)vals;
        tpGC_barrier(vm, o);
    }
    vals->items[1 + n] = v;
    tpInst_barrier(vm, o, vals, v);
    vals->hash = (int64_t)n + 1;
    return 1;
}

/* The values tuple of a fresh instance: room for every name its class's instances have had. */
static ObjTuple *first_values(VM *vm, ObjDict *shape) {
    return new_values(vm, shape, shape->len < 3 ? 3 : shape->len, NULL);
}

int tpInst_start(VM *vm, Obj *o, ObjDict **slot, ObjDict *shape, Value v) {
    ObjTuple *vals = first_values(vm, shape);
    if (vals == NULL) {
        return -1;
    }
    vals->items[1] = v;   /* (vals is new: no barrier) */
    vals->hash = 1;
    *slot = (ObjDict *)vals;
    tpGC_barrier(vm, o);
    return 1;
}

int tpInst_set(VM *vm, Obj *o, ObjDict **slot, ObjStr *name, Value v) {
    ObjTuple *vals = (ObjTuple *)*slot;
    if (vals == NULL) {
        ObjType *t = o->type;
        if (!uses_shared_keys(vm, t)) {
            return 0;
        }
        if (t->shape == NULL && (t->shape = tpDict_new(vm)) == NULL) {
            return -1;
        }
        if ((vals = first_values(vm, t->shape)) == NULL) {
            return -1;
        }
        *slot = (ObjDict *)vals;
        tpGC_barrier(vm, o);
    }
    ObjDict *shape = AS_DICT(vals->items[0]);
    size_t n = tpInst_count(vals);
    Value iv = tpDict_get_str(vm, shape, name);
    if (!IS_NULL(iv) && (size_t)AS_INT(iv) < n) {
        vals->items[1 + AS_INT(iv)] = v;
        tpInst_barrier(vm, o, vals, v);
        return 1;
    }
    if (!IS_NULL(iv) && (size_t)AS_INT(iv) == n) {
        return append_value(vm, o, slot, vals, n, v);
    }
    if (IS_NULL(iv) && n == shape->len && n < MAX_SHARED_KEYS) {
        if (tpDict_set_str(vm, shape, name, INT_VAL((int64_t)n)) < 0) {
            return -1;
        }
        return append_value(vm, o, slot, vals, n, v);
    }
    return tpInst_materialize(vm, o, slot) == NULL ? -1 : 0;
}
