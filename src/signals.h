/*
 * signals.h — the interrupt machinery (mod_signal.c): installing the C handler, the check the
 * eval loop and blocking natives run when vm->interrupt is set, and CPython's exit-by-SIGINT.
 */
#ifndef TP_SIGNALS_H
#define TP_SIGNALS_H

#include <stdio.h>

#include "runtime.h"

/* Make `vm` the VM that receives signals and install the SIGINT handler (KeyboardInterrupt) if
 * SIGINT has its default action, as CPython does at start-up. */
TP_INTERNAL void tpSignal_install(VM *vm);
/* The VM is going away: signals no longer reach it. */
TP_INTERNAL void tpSignal_uninstall(VM *vm);
/* Run the Python-level handlers of the signals caught since the last check (SIGINT without a
 * handler set from Python raises KeyboardInterrupt). 0, or -1 if a handler raised. */
TP_INTERNAL TP_MUST_CHECK int tpSignal_run_pending(VM *vm);
/* The cheap test the hot paths use: one load and a branch. */
static inline TP_MUST_CHECK int tpSignal_check(VM *vm) {
    return unlikely(vm->interrupt) ? tpSignal_run_pending(vm) : 0;
}
/* getc() that survives EINTR (PEP 475): runs the handlers and retries. Returns the byte, EOF, or
 * -2 with the exception a handler raised. */
TP_INTERNAL int tpSignal_getc(VM *vm, FILE *fp);
/* Die of SIGINT with its default action (how CPython ends after an uncaught KeyboardInterrupt, so
 * the parent sees "killed by SIGINT"); returns only if that failed. */
TP_INTERNAL void tpSignal_exit_sigint(void);

#endif
