/*
 * objmodel.h — object-model helpers shared by type.c, attr.c and obj_object.c (not by the rest of
 * the tree): where an instance keeps its __dict__ pointer.
 */
#ifndef TP_OBJMODEL_H
#define TP_OBJMODEL_H

#include "runtime.h"

/* ObjType.dictoffset of a subclass of a variable-size built-in (str, bytes, tuple): the dict
 * pointer is the word after the variable part, 8-aligned (see docs/architecture.md). A real
 * offset is never odd, so 1 cannot clash. Allocators of those types add sizeof(ObjDict *) to the
 * allocation whenever type->dictoffset != 0. */
#define TP_DICT_TAIL ((size_t)1)

/* The address of obj's __dict__ pointer, or NULL if its type has no instance dict. */
TP_INTERNAL ObjDict **tpObj_dict_slot(VM *vm, Obj *o);

/* type.c: `cls.__bases__ = v` (checks as CPython, then recomputes the MROs below cls). */
TP_INTERNAL TP_MUST_CHECK int tpType_set_bases(VM *vm, ObjType *t, Value v);

/* type.c: do instances of a and b have the same layout (size, dict, same __slots__ names)? */
TP_INTERNAL bool tpType_same_layout(VM *vm, ObjType *a, ObjType *b);

/* ObjType.flags bit (beside object.h's TPFLAG_*): the type has __del__ (kept by type_slots.c). */
#define TPFLAG_HAS_DEL (1u << 16)
/* ObjType.flags bit: instances have references but no write barriers (a `mark` slot, no
 * TPFLAG_GC_BARRIERED): the collector keeps them on its rescan list (gc.c, "generations"). */
#define TPFLAG_GC_RESCAN (1u << 20)

/* gc.c: run the __del__ of objects a collection found unreachable (the VM calls this at its safe
 * points; a no-op when none is pending). */
TP_INTERNAL void tpGC_run_finalizers(VM *vm);
/* Never run o's __del__ (skip: the standard streams stay open for the last writers; a buffer
 * under a TextIOWrapper is closed by the wrapper, after the text it still holds); !skip undoes. */
TP_INTERNAL void tpGC_skip_exit_finalizer(VM *vm, Obj *o, bool skip);
/* gc.c: at interpreter exit, run every __del__ that has not run yet, oldest object first. */
TP_INTERNAL void tpGC_finalize_at_exit(VM *vm);

/* The C3 linearisation of type's bases (what type.mro() returns), whatever type->mro holds. */
TP_INTERNAL TP_MUST_CHECK int tpType_c3_mro(VM *vm, ObjType *type, ObjTuple **result);
/* t.__bases__: a built-in type's 1-tuple (its `base`) is made on first need (NULL: MemoryError). */
TP_INTERNAL ObjTuple *tpType_bases(VM *vm, ObjType *t);

#endif
