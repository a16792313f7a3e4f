/*
 * type_slots.h — slot ids and the slot/dunder bridge (type_slots.c), used by type.c.
 */
#ifndef TP_TYPE_SLOTS_H
#define TP_TYPE_SLOTS_H

#include "runtime.h"
#include "mod_builtins.h"

enum {
    SL_REPR, SL_STR, SL_HASH, SL_RICHCMP, SL_BINOP, SL_IBINOP, SL_UNOP, SL_TRUTH, SL_INDEX,
    SL_LEN, SL_ITER, SL_NEXT, SL_GETITEM, SL_SETITEM, SL_CONTAINS, SL_CALL, SL_GETATTR,
    SL_SETATTR, SL_DESCR_GET, SL_DESCR_SET, SL_NEW, SL_INIT, SL_FORMAT
};

/* Put slot-wrapper objects for the slots in `own` into t's dict (built-in types). */
TP_INTERNAL TP_MUST_CHECK int tpType_add_slot_wrappers(VM *vm, ObjType *t, const TypeSlots *own);
/* About how many wrappers that adds (to size the dict beforehand). */
TP_INTERNAL size_t tpType_count_slot_wrappers(ObjType *t, const TypeSlots *own);
/* Recompute a Python class's slots from its MRO. */
TP_INTERNAL void tpType_fixup_slots(VM *vm, ObjType *t);
/* Is `name` one of the dunders tpType_fixup_slots depends on? */
TP_INTERNAL bool tpType_is_slot_name(VM *vm, ObjStr *name);

/* Check what a Python __len__ returned (an int >= 0 that fits) and give its value. */
TP_INTERNAL TP_MUST_CHECK int tpSlot_len_result(VM *vm, Value r, int64_t *out);
/* What __init__ returned: 0 for None, else CPython's TypeError (-1). */
TP_INTERNAL TP_MUST_CHECK int tpSlot_init_result(VM *vm, Value r);
/* The eval loop's `len(x)` fast path, for a call of the ObjCFunction `callee` with the one
 * argument x: 0 when callee is not the built-in len (or x has no len: call it as usual),
 * 1 with *out = len(x) computed by x's C len slot, 2 when x's __len__ is a plain Python
 * function *fn (run it with x, then check the result with tpSlot_len_result), -1 on error. */
TP_INTERNAL TP_MUST_CHECK int tpSlot_len_of(VM *vm, Value arg, ObjFunction **fn, Value *out);
static inline TP_MUST_CHECK int tpSlot_fast_len(VM *vm, Value callee, Value arg, ObjFunction **fn,
                                                Value *out) {
    if (((ObjCFunction *)AS_OBJ(callee))->def->fn != tpBuiltin_len) {
        return 0;
    }
    if (IS_OBJ(arg)) {   /* the exact built-in sequences, inline */
        ObjType *t = AS_OBJ(arg)->type;
        if (t == vm->types[TYPE_LIST]) {
            *out = INT_VAL((int64_t)((ObjList *)AS_OBJ(arg))->len);
            return 1;
        }
        if (t == vm->types[TYPE_TUPLE]) {
            *out = INT_VAL((int64_t)((ObjTuple *)AS_OBJ(arg))->len);
            return 1;
        }
        if (t == vm->types[TYPE_DICT]) {
            *out = INT_VAL((int64_t)((ObjDict *)AS_OBJ(arg))->len);
            return 1;
        }
    }
    return tpSlot_len_of(vm, arg, fn, out);
}
/* The eval loop's class-call fast path: the __init__ that calling class t (whose metatype is
 * exactly `type`) runs, when t's __new__ is a built-in's (C code: object.__new__,
 * BaseException.__new__...) and its __init__ a plain Python function, so that the loop can
 * make the instance itself (t->sl.new_) and run __init__ as an ordinary frame. NULL when t
 * must be called through type_call. */
TP_INTERNAL ObjFunction *tpSlot_plain_init(VM *vm, ObjType *t);

#endif
