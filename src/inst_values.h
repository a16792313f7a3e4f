/*
 * inst_values.h — shared-key instance attribute storage (inst_values.c).
 *
 * An instance of an ordinary class (a heap type laid out like `object` plus a dict pointer) keeps
 * its attributes, until something needs a real dict, in a private exact tuple stored in the
 * dict slot: items[0] is the class's shape (an ObjDict mapping attribute name -> index, shared
 * by all instances and only ever appended to), items[1 + i] the value for index i, and the
 * tuple's `hash` field the number of values n. The values are always the first n names of the
 * shape, so the instance's attribute order is the shape's order. Anything the layout cannot
 * express (another insertion order, deletion, a 31st name, any access to `__dict__` as an
 * object) materialises a real dict once, and the instance keeps it. The tuple never reaches
 * Python code: tpObj_dict() materialises first.
 */
#ifndef TP_INST_VALUES_H
#define TP_INST_VALUES_H

#include "runtime.h"

static inline bool tpInst_is_split(VM *vm, Obj *slot_obj) {
    return slot_obj != NULL && slot_obj->type == vm->types[TYPE_TUPLE];
}

static inline size_t tpInst_count(ObjTuple *vals) { return (size_t)vals->hash; }

/* Obj.flags of an embedded values tuple (tuples use no flags otherwise): its address alone does
 * not tell, since a separate heap object may happen to start right after an instance. */
#define TP_INST_EMBEDDED 1u

/* The write barrier (gc.c) after storing v into o's split storage `vals`: the collector sees
 * embedded storage as part of o, a values tuple of its own as an object. */
static inline void tpInst_barrier(VM *vm, Obj *o, ObjTuple *vals, Value v) {
    if (IS_OBJ(v)) {
        tpGC_barrier(vm, (vals->hdr.flags & TP_INST_EMBEDDED) ? o : &vals->hdr);
    }
}

/* A new instance of t (t->size bytes, zeroed). When t uses shared keys and its shape is known,
 * the allocation also holds the instance's split storage, right after the t->size bytes, with
 * room for as many values as the shape has names: one allocation instead of two, and the values
 * next to the object. That embedded tuple is not a heap object of its own: only
 * tpInst_mark_storage (the instances' mark slots) may see it, and it dies with the instance
 * (materialising, or outgrowing it, moves the values elsewhere). NULL on MemoryError. */
TP_INTERNAL Obj *tpInst_alloc(VM *vm, ObjType *t);

/* Mark the instance storage *slot of o (a dict, a values tuple of its own or embedded in o). */
TP_INTERNAL void tpInst_mark_storage(VM *vm, Obj *o, ObjDict *storage);

/* The value of `name` in a split instance, or NULL_VAL. */
TP_INTERNAL Value tpInst_get(VM *vm, ObjTuple *vals, ObjStr *name);

/* Store an attribute of o (name interned, v not NULL_VAL) in split form. Returns 1 when stored,
 * 0 when the caller must use the real dict in *slot instead (the instance was materialised, or
 * its class does not use shared keys and *slot is still NULL), -1 on error. */
TP_INTERNAL int tpInst_set(VM *vm, Obj *o, ObjDict **slot, ObjStr *name, Value v);

/* Give o, whose dict slot `slot` is still NULL and whose class has the shape `shape`, its split
 * storage holding v as the value of index 0 (the shape's first name). 1, or -1 on error. */
TP_INTERNAL int tpInst_start(VM *vm, Obj *o, ObjDict **slot, ObjDict *shape, Value v);

/* Replace the split storage in *slot by an equivalent real dict. NULL on MemoryError. */
TP_INTERNAL ObjDict *tpInst_materialize(VM *vm, Obj *o, ObjDict **slot);

#endif
