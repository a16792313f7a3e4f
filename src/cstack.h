/*
 * cstack.h — guard for C paths that recurse into arbitrary objects (repr of containers, hashing
 * of nested tuples...). Each level counts like a Python call against sys.getrecursionlimit(), as
 * in CPython, and the native stack is also checked against vm->c_stack_limit (the real stack
 * bounds, cstack.c) so that a raised recursion limit or a small `ulimit -s` cannot overflow the
 * C stack. Owned by the cstack area.
 */
#ifndef TP_CSTACK_H
#define TP_CSTACK_H

#include "cstack_floor.h"
#include "runtime.h"

/* Compute the lowest C stack address recursion may reach from the real stack bounds; the VM
 * keeps it in vm->c_stack_limit, code without a VM reads tpC_stack_floor_addr. */
TP_INTERNAL uintptr_t tpC_stack_init(void);

/* Is the C stack nearly used up at the caller? (frame address: right even under ASan's fake
 * stacks) */
static inline bool tpC_stack_low(VM *vm) {
    return (uintptr_t)__builtin_frame_address(0) < vm->c_stack_limit;
}

/* Enter one level of C recursion; on failure raises RecursionError "maximum recursion depth
 * exceeded<where>" (where is CPython's suffix, e.g. " while getting the repr of an object") and
 * returns -1. Every successful call must be paired with tpC_leave. The level is counted in
 * vm->depth with the Python frames, as CPython counts both in one recursion depth: a __repr__
 * calling repr(self) costs two levels per round, and whichever comes first at the limit
 * raises. */
static inline int tpC_enter(VM *vm, const char *where) {
    if (vm->depth >= vm->recursion_limit || tpC_stack_low(vm)) {
        return tpErr_format(vm, EXC_RecursionError, "maximum recursion depth exceeded%s", where);
    }
    vm->depth++;
    return 0;
}

static inline void tpC_leave(VM *vm) { vm->depth--; }

/* Only the native-stack check, for recursions CPython does not count against the recursion
 * limit (hashing nested tuples): -1 with RecursionError when the C stack is nearly used up. */
static inline int tpC_check_stack(VM *vm) {
    if (tpC_stack_low(vm)) {
        return tpErr_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded");
    }
    return 0;
}

#define TP_CSTACK_REPR " while getting the repr of an object"
#define TP_CSTACK_CALL " while calling a Python object"

/* tpBuf_put_repr for an item of a container being repr'd: tpObj_repr makes it one guarded level
 * of recursion. */
static inline int tpC_put_repr(VM *vm, StrBuf *b, Value item) { return tpBuf_put_repr(vm, b, item); }

#endif
