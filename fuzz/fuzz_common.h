/*
 * fuzz_common.h — what the libFuzzer targets in fuzz/ share: creating an interpreter the way
 * main.c does, and the per-iteration clean-up that keeps a long-lived VM's heap bounded.
 * Header-only (each target is one translation unit linked with every src/ object but main.o).
 */
#ifndef TP_FUZZ_COMMON_H
#define TP_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "faultinject.h"
#include "interp.h"
#include "objmodel.h"
#include "runtime.h"

/* A fresh interpreter as main.c sets it up for a script (no site, no environment paths). */
static inline VM *fuzz_new_vm(void) {
    static char name[] = "fuzz";
    static char *argv[] = {name, NULL};
    VM *vm = tpVM_new(1, argv);
    if (vm == NULL) {
        fprintf(stderr, "fuzz: tpVM_new failed\n");
        abort();
    }
    vm->prog_name = "fuzz";
    if (tpSys_setup_path(vm, NULL, false, false) < 0) {
        fprintf(stderr, "fuzz: tpSys_setup_path failed\n");
        abort();
    }
    return vm;
}

/* The fuzz input as a NUL-terminated string (the contract tpRun_read_file gives the lexer). */
static inline char *fuzz_cstr(const uint8_t *data, size_t size) {
    char *s = malloc(size + 1);
    if (s == NULL) {
        abort();
    }
    memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

/* End of an iteration on a long-lived VM: drop the exception and the temp roots (no frame is
 * running, so nothing needs them), and collect now and then so the heap stays bounded. */
static inline void fuzz_end_iteration(VM *vm) {
    static unsigned n;
    tpErr_clear(vm);
    vm->ntemps = 0;
    if (++n % 64 == 0) {
        tpGC_collect(vm);
    }
}

/* Silence the interpreted program's stdin: input() must not block the fuzzer. */
static inline void fuzz_quiet_stdin(void) {
    if (freopen("/dev/null", "r", stdin) == NULL) {
        abort();
    }
}

#endif
