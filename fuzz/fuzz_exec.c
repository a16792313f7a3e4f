/*
 * fuzz_exec.c — libFuzzer target: run the input as a __main__ script, with a step budget (backward
 * jumps + calls, VM.step_budget) and a heap cap (tpFault_set_mem_limit), then report an uncaught
 * exception as main.c does and tear the interpreter down. time.sleep is a no-op. Each input gets a fresh VM, so a
 * program that rebinds builtins or sys.stdout cannot change what the next input does, and
 * LeakSanitizer sees anything tpVM_free fails to release.
 */
#include <fcntl.h>
#include <signal.h>
#include <sys/time.h>
#include <unistd.h>
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

/* What a program may change in the process and the next input must not inherit: signal
 * dispositions (signal.signal: libFuzzer's SIGINT/SIGTERM/SIGALRM handlers), the signal mask,
 * the interval timer (signal.setitimer/alarm would cancel libFuzzer's per-input timeout), the
 * standard descriptors (os.dup2/os.close: a later input()'s read would block on a pipe) and
 * descriptors it left open (os.pipe, os.open). */
#define FD_SCAN 1024
typedef struct ProcState {
    struct sigaction act[NSIG];
    sigset_t mask;
    struct itimerval timer;
    int std[3];
    unsigned char open_before[FD_SCAN];
} ProcState;

static void save_process(ProcState *p) {
    for (int s = 1; s < NSIG; s++) {
        sigaction(s, NULL, &p->act[s]);
    }
    sigprocmask(SIG_SETMASK, NULL, &p->mask);
    getitimer(ITIMER_REAL, &p->timer);
    for (int fd = 0; fd < 3; fd++) {
        p->std[fd] = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    }
    for (int fd = 0; fd < FD_SCAN; fd++) {
        p->open_before[fd] = fcntl(fd, F_GETFD) != -1;
    }
}

static void restore_process(const ProcState *p) {
    for (int fd = 3; fd < FD_SCAN; fd++) {
        if (!p->open_before[fd]) {
            close(fd);
        }
    }
    for (int fd = 0; fd < 3; fd++) {
        if (p->std[fd] >= 0) {
            dup2(p->std[fd], fd);
            close(p->std[fd]);
        }
    }
    for (int s = 1; s < NSIG; s++) {
        if (s != SIGKILL && s != SIGSTOP) {
            sigaction(s, &p->act[s], NULL);
        }
    }
    sigprocmask(SIG_SETMASK, &p->mask, NULL);
    setitimer(ITIMER_REAL, &p->timer, NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static ProcState saved;
    save_process(&saved);
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
    restore_process(&saved);
    return 0;
}
