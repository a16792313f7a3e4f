/*
 * fuzz_exec.c — libFuzzer target: run the input as a __main__ script, with a step budget (backward
 * jumps + calls, VM.step_budget) and a heap cap (tpFault_set_mem_limit), then report an uncaught
 * exception as main.c does and tear the interpreter down. time.sleep is a no-op. Each input gets a fresh VM, so a
 * program that rebinds builtins or sys.stdout cannot change what the next input does, and
 * LeakSanitizer sees anything tpVM_free fails to release.
 */
#include <signal.h>
#include "fuzz_common.h"

#define STEP_BUDGET 20000
#define HEAP_CAP ((size_t)64 << 20)

/* time.sleep would let a program idle past the per-input timeout: make it return at once (the
 * step budget still bounds a loop that polls the clock). */
static const char prelude[] = "import time\ntime.sleep = lambda secs: None\n";

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    fuzz_quiet_stdin();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    /* a program may install signal handlers (signal.signal): put libFuzzer's back afterwards,
     * or its SIGINT/SIGUSR1 (stop the campaign) would reach a freed VM's flags */
    static struct sigaction saved[NSIG];
    for (int s = 1; s < NSIG; s++) {
        sigaction(s, NULL, &saved[s]);
    }
    char *src = fuzz_cstr(data, size);
    VM *vm = fuzz_new_vm();
    tpFault_set_mem_limit(HEAP_CAP);
    vm->step_budget = STEP_BUDGET;
    ObjCode *pre = tpCompile_source(vm, prelude, sizeof prelude - 1, "<prelude>", COMPILE_EXEC);
    ObjDict *ns = tpDict_new(vm);
    Value r;
    if (pre == NULL || ns == NULL ||
        tpDict_set_str(vm, ns, vm->names[NAME___builtins__], vm->builtins_module) < 0 ||
        tpVM_run_code(vm, pre, ns, NULL_VAL, &r) < 0) {
        tpErr_print(vm, tpErr_fetch(vm));
        abort();
    }
    if (tpRun_file(vm, "<fuzz>", src, size) < 0) {
        Value exc = tpErr_fetch(vm);
        tpErr_print(vm, exc);
    }
    tpGC_finalize_at_exit(vm);
    tpSys_flush_std(vm);
    tpFault_set_mem_limit(0);
    tpVM_free(vm);
    free(src);
    for (int s = 1; s < NSIG; s++) {
        if (s != SIGKILL && s != SIGSTOP) {
            sigaction(s, &saved[s], NULL);
        }
    }
    return 0;
}
