/*
 * cstack.h — guard for C paths that recurse into arbitrary objects (repr of containers, hashing
 * of nested tuples...). Each level counts like a Python call against sys.getrecursionlimit(), as
 * in CPython, and the native stack is also checked against vm->c_stack_limit (set up in vm.c) so
 * that a raised recursion limit cannot overflow the C stack. Owned by the strings/containers area.
 */
#ifndef TP_CSTACK_H
#define TP_CSTACK_H

#include "runtime.h"

/* Enter one level of C recursion; on failure raises RecursionError "maximum recursion depth
 * exceeded<where>" (where is CPython's suffix, e.g. " while getting the repr of an object") and
 * returns -1. Every successful call must be paired with tpC_leave. */
static inline int tpC_enter(VM *vm, const char *where) {
    char here;
    if (vm->depth + vm->c_depth + 1 >= vm->recursion_limit ||
        (uintptr_t)&here < vm->c_stack_limit) {
        return tpErr_format(vm, EXC_RecursionError, "maximum recursion depth exceeded%s", where);
    }
    vm->c_depth++;
    return 0;
}

static inline void tpC_leave(VM *vm) { vm->c_depth--; }

/* Only the native-stack check, for recursions CPython does not count against the recursion
 * limit (hashing nested tuples): -1 with RecursionError when the C stack is nearly used up. */
static inline int tpC_check_stack(VM *vm) {
    char here;
    if ((uintptr_t)&here < vm->c_stack_limit) {
        return tpErr_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded");
    }
    return 0;
}

#define TP_CSTACK_REPR " while getting the repr of an object"
#define TP_CSTACK_CALL " while calling a Python object"

/* tpBuf_put_repr for an item of a container being repr'd: one guarded level of recursion. */
static inline int tpC_put_repr(VM *vm, StrBuf *b, Value item) {
    if (tpC_enter(vm, TP_CSTACK_REPR) < 0) {
        return -1;
    }
    int rc = tpBuf_put_repr(vm, b, item);
    tpC_leave(vm);
    return rc;
}

#endif
