/*
 * typealias.h — cross-file API of types.GenericAlias (obj_genericalias.c) and types.UnionType
 * (obj_union.c): `list[int]` and `int | str`, built by __class_getitem__, type[...] and type.__or__.
 */
#ifndef TP_TYPEALIAS_H
#define TP_TYPEALIAS_H

#include "runtime.h"

/* GenericAlias(origin, args): a non-tuple args becomes a 1-tuple. NULL_VAL on MemoryError. */
TP_INTERNAL Value tpGenericAlias_new(VM *vm, Value origin, Value args);
/* The __class_getitem__ of the built-in generic types: cls[key] -> GenericAlias(cls, key). */
TP_INTERNAL int tpGenericAlias_class_getitem(VM *vm, int argc, Value *argv, ObjTuple *kwnames,
                                             Value *out);
/* The `|` of types, aliases and unions (type.__or__): NotImplemented unless both operands are
 * None, a type, a GenericAlias or a UnionType. */
TP_INTERNAL TP_MUST_CHECK int tpUnion_or(VM *vm, Value a, Value b, Value *out);
/* The binop slot shared by type, GenericAlias and UnionType (only `|` is supported). */
TP_INTERNAL int tpUnion_binop(VM *vm, Value a, Value b, int op, Value *out);
/* The members of a UnionType (isinstance/issubclass test each one). */
TP_INTERNAL ObjTuple *tpUnion_args(Value u);
/* The text of one alias/union member: `...`, `int`, `mod.Cls`, `list[int]` or its repr. */
TP_INTERNAL TP_MUST_CHECK int tpTypeAlias_repr_item(VM *vm, StrBuf *b, Value v);
/* __parameters__ of an alias or union: the type variables among (and inside) args. */
TP_INTERNAL ObjTuple *tpTypeAlias_parameters(VM *vm, ObjTuple *args);
/* Raise the TypeError for subscripting an alias or union with nparams parameters. */
TP_INTERNAL int tpTypeAlias_subscript_error(VM *vm, Value self, size_t nparams);

#endif
