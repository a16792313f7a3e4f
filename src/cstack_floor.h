/*
 * cstack_floor.h — the process-wide C stack floor (cstack.c) for code that has no VM at hand
 * (the parser, the symbol table). Kept free of runtime.h so that they stay independent of it.
 */
#ifndef TP_CSTACK_FLOOR_H
#define TP_CSTACK_FLOOR_H

#include <stdbool.h>
#include <stdint.h>

/* The lowest C stack address recursion may reach; 0 until tpC_stack_init runs (no check). */
extern uintptr_t tpC_stack_floor_addr;

/* Is the C stack nearly used up at the caller? (frame address: right even under ASan's fake
 * stacks) */
static inline bool tpC_stack_low_global(void) {
    return (uintptr_t)__builtin_frame_address(0) < tpC_stack_floor_addr;
}

#endif
