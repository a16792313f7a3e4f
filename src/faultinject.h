/*
 * faultinject.h — test hooks at the allocator's entry: allocation fault injection
 * (TAIPAN_FAIL_ALLOC) and a heap cap for the fuzzers. See faultinject.c and docs/reliability.md.
 * The allocator (gc.c) calls TP_FAULT_ALLOC_FAILS at the top of tpGC_alloc and tpMem_realloc;
 * when nothing is armed that costs one load and one predicted branch.
 */
#ifndef TP_FAULTINJECT_H
#define TP_FAULTINJECT_H

#include "runtime.h"

extern bool tpFault_armed;  /* any hook active: the only thing the fast path reads */

/* Should the allocation of n bytes now fail (the caller raises MemoryError)? */
TP_INTERNAL bool tpFault_alloc_fails(VM *vm, size_t n);

/* Cap the bytes the allocator will hand out (vm->bytes_allocated + n); 0 lifts the cap. */
TP_INTERNAL void tpFault_set_mem_limit(size_t limit);

/* Reset the allocation counter and failure point (fail_at 0: never fail), e.g. between
 * fuzzing iterations. */
TP_INTERNAL void tpFault_set_fail_at(uint64_t fail_at, bool every);

/* Fuzzing: budget of eval-loop steps (backward jumps + frame pushes) before the VM raises
 * KeyboardInterrupt; 0 = unlimited. vm.c checks it only when it is > 0. */
TP_INTERNAL int tpFault_step_exhausted(VM *vm);

/* The fuzzers' step budget (VM.step_budget): compiled into the fuzz build only, so the eval
 * loop's backward jumps and frame pushes pay nothing for it elsewhere. */
#ifdef TP_FUZZ
#define TP_STEP_EXHAUSTED(vm) (unlikely((vm)->step_budget > 0) && tpFault_step_exhausted(vm) < 0)
#else
#define TP_STEP_EXHAUSTED(vm) 0
#endif
#define TP_FAULT_ALLOC_FAILS(vm, n) (unlikely(tpFault_armed) && tpFault_alloc_fails((vm), (n)))

#endif
