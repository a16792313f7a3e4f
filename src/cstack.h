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

/* ---- which calls cost a level (CPython 3.11's accounting) ----
 * CPython counts a level for every call of a built-in function or method descriptor and of any
 * callable without a vectorcall entry (classes written in Python, instances with __call__, slot
 * wrappers...), but not for Python functions, bound methods or the built-in types with a
 * vectorcall entry. Its specialising interpreter drops the level for some built-ins (those taking
 * a C array of arguments, `len`, `isinstance`, `str(x)`) once the calling code object is warm:
 * entered or looped TP_WARMUP_DELAY times. taipan mirrors both so that RecursionError comes at
 * the same depth with the same message. */
#define TP_WARMUP_DELAY 8

static inline void tpC_warm_up(ObjCode *co) {
    if (unlikely(co->warmup < TP_WARMUP_DELAY)) {
        co->warmup++;
    }
}

static inline bool tpC_is_warm(const ObjCode *co) { return co->warmup >= TP_WARMUP_DELAY; }

/* Is `cf` one of the built-ins CPython 3.11 declares METH_VARARGS (never specialised): min,
 * max, dir, vars, __import__, str.format, the str/bytes searches, set.update and its kin,
 * dict.update? */
TP_INTERNAL bool tpC_varargs_builtin(VM *vm, const ObjCFunction *cf);

/* Does a call of the built-in `cf` from warm code still cost a level? Yes for CPython's METH_O
 * and METH_NOARGS shapes (one or no argument; `len` excepted), class methods, the METH_VARARGS
 * built-ins; with keywords, for a method descriptor or a built-in without METH_KW too (not
 * specialised). The answers are cached in the built-in's header flags (unused otherwise by
 * built-in functions and method descriptors): TP_CF_LEVEL_KNOWN once computed, then bit 1 for a
 * keyword-less call and bit 2 for a call with keywords. */
#define TP_CF_LEVEL_KNOWN 0x1u
TP_INTERNAL uint32_t tpC_classify_native(VM *vm, ObjCFunction *cf);

static inline int tpC_native_counts_warm(VM *vm, ObjCFunction *cf, bool kw) {
    uint32_t fl = cf->hdr.flags;
    if (unlikely(!(fl & TP_CF_LEVEL_KNOWN))) {
        fl = tpC_classify_native(vm, cf);
    }
    return (int)(fl >> (kw ? 2 : 1)) & 1;
}

/* tpObj_call without the level CPython's generic call would count: a call that 3.11's
 * specialised instructions make directly (`str(x)` from warm code). */
TP_INTERNAL int tpObj_call_direct(VM *vm, Value callable, int argc, Value *argv,
                                  ObjTuple *kwnames, Value *out);

/* tpBuf_put_repr for an item of a container being repr'd: tpObj_repr makes it one guarded level
 * of recursion. */
static inline int tpC_put_repr(VM *vm, StrBuf *b, Value item) { return tpBuf_put_repr(vm, b, item); }

#endif
