/*
 * mod_builtins.h — private link between mod_builtins.c and mod_builtins2.c.
 */
#ifndef TP_MOD_BUILTINS_H
#define TP_MOD_BUILTINS_H

#include "interp.h"

/* Add the functions of mod_builtins2.c (eval, exec, compile, __build_class__...) to builtins. */
TP_INTERNAL TP_MUST_CHECK int tpBuiltins_add_more(VM *vm, ObjModule *m);

/* The built-in len (type_slots.c recognises it for the eval loop's len(x) fast path). */
TP_INTERNAL int tpBuiltin_len(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out);

#endif
