/*
 * internal.h — cross-file functions of the lead-owned core (state.c, gc.c, type.c, protocol.c)
 * that the rest of the tree does not need.
 */
#ifndef TP_INTERNAL_H
#define TP_INTERNAL_H

#include "runtime.h"

/* gc.c: release every object (VM shutdown). */
TP_INTERNAL void tpGC_free_all(VM *vm);

/* type.c: fill a pre-allocated built-in type object from its spec (start-up). */
TP_INTERNAL TP_MUST_CHECK int tpType_init_builtin(VM *vm, ObjType *t, const TypeSpec *spec,
                                                  ObjType *base);
/* type.c: a built-in subclass type sharing base's layout (exception classes). */
TP_INTERNAL ObjType *tpType_new_static(VM *vm, const char *name, ObjType *base, const char *module);
/* type.c: C3 linearisation of type's bases into type->mro. */
TP_INTERNAL TP_MUST_CHECK int tpType_compute_mro(VM *vm, ObjType *type);

#endif
