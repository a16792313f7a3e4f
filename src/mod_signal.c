/*
 * mod_signal.c — signals: the C handler, the deferred running of Python handlers, and `_signal`.
 *
 * The C handler only records the signal (vm->sig_tripped[n], vm->interrupt): nothing else is safe
 * inside it. The eval loop tests vm->interrupt at backward jumps and calls, and blocking natives
 * (sleep, reads, sort) test it too, then tpSignal_run_pending runs the Python handlers there.
 * Signals are a process-wide resource, so one VM receives them: `signal_vm`, the only static
 * pointer here, set by main.c (tpSignal_install). The Python handlers live in vm->sig_handlers
 * (a list indexed by signal number; ints 0/1 stand for SIG_DFL/SIG_IGN), a GC root.
 * lib/signal.py wraps this module with the Signals/Handlers/Sigmasks classes.
 */
#include <errno.h>
#include <math.h>
#include <string.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "interp.h"
#include "signals.h"
#include "vm_internal.h"

TP_INTERNAL int tpSignal_module_init(VM *vm, Value *out);

/* The VM signals are delivered to (signals are per process; see the header comment). */
static VM *volatile signal_vm;
/* set_wakeup_fd: a byte per signal is written there, for event loops (-1: none). */
static volatile sig_atomic_t wakeup_fd = -1;

static void on_signal(int signo) {
    int saved = errno;
    VM *vm = signal_vm;
    if (vm != NULL && signo > 0 && signo < NSIG) {
        vm->sig_tripped[signo] = 1;
        vm->interrupt = 1;
    }
    int fd = wakeup_fd;
    if (fd >= 0) {
        unsigned char b = (unsigned char)signo;
        ssize_t r = write(fd, &b, 1);
        (void)r;
    }
    errno = saved;
}

/* Install the C handler (restart = false: blocking calls fail with EINTR, as CPython's). */
static int set_os_handler(int signo, void (*fn)(int), bool restart) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = restart ? SA_RESTART : 0;
    return sigaction(signo, &sa, NULL);
}

void tpSignal_install(VM *vm) {
    signal_vm = vm;
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_DFL) {
        set_os_handler(SIGINT, on_signal, false);
    }
    /* as CPython: a write to a closed pipe or past the file size limit fails with an OSError
     * (BrokenPipeError, EFBIG) instead of killing the process */
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
}

void tpSignal_uninstall(VM *vm) {
    if (signal_vm == vm) {
        signal_vm = NULL;
    }
}

void tpSignal_exit_sigint(void) {
    fflush(stdout);
    fflush(stderr);
    signal(SIGINT, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    kill(getpid(), SIGINT);
}

/* The handler list, NULL before `signal` is imported (then SIGINT means KeyboardInterrupt). */
static ObjList *handlers(VM *vm) { return (ObjList *)vm->sig_handlers; }

static int run_handler(VM *vm, int signo) {
    ObjList *hl = handlers(vm);
    if (hl == NULL) {
        if (signo == SIGINT) {
            return tpErr_set(vm, OBJ_VAL(tpExc_type(vm, EXC_KeyboardInterrupt)));
        }
        return 0;
    }
    Value h = hl->items[signo];
    if (IS_NULL(h) || IS_INT(h) || IS_NONE(h)) {
        return 0;
    }
    Value args[2] = {INT_VAL(signo), NONE_VAL}, r;
    if (vm->frame != NULL) {
        ObjFrame *fo = tpFrame_object(vm, vm->frame);
        if (fo == NULL) {
            return -1;
        }
        args[1] = OBJ_VAL(fo);
    }
    return tpObj_call(vm, h, 2, args, NULL, &r);
}

int tpSignal_run_pending(VM *vm) {
    if (!vm->interrupt) {
        return 0;
    }
    /* while a profile function is set, the flag stays up: the eval loop's call path tests only
     * it (vm.c, profile.c) */
    vm->interrupt = !IS_NULL(vm->profile_func);
    for (int s = 1; s < NSIG; s++) {
        if (!vm->sig_tripped[s]) {
            continue;
        }
        vm->sig_tripped[s] = 0;
        if (run_handler(vm, s) < 0) {
            /* the signals not handled yet stay pending for the next check */
            for (int t = s + 1; t < NSIG; t++) {
                if (vm->sig_tripped[t]) {
                    vm->interrupt = 1;
                }
            }
            return -1;
        }
    }
    return 0;
}

int tpSignal_getc(VM *vm, FILE *fp) {
    for (;;) {
        errno = 0;
        int c = getc(fp);
        if (c != EOF || !ferror(fp) || errno != EINTR) {
            return c;
        }
        clearerr(fp);
        if (tpSignal_run_pending(vm) < 0) {
            return -2;
        }
    }
}

/* ==== the _signal module ==== */

static int get_signum(VM *vm, Value v, int *out) {
    int64_t n;
    *out = 0;
    if (tpObj_as_index(vm, v, &n) < 0) {
        return -1;
    }
    if (n < 1 || n >= NSIG) {
        return tpErr_raise(vm, EXC_ValueError, "signal number out of range");
    }
    *out = (int)n;
    return 0;
}

/* Is v the int 0 (SIG_DFL) / 1 (SIG_IGN)? -1 if it is neither. */
static int handler_code(VM *vm, Value v) {
    if (!tpInt_check(vm, v)) {
        return -1;
    }
    int64_t n;
    if (tpInt_as_i64(vm, v, &n) < 0) {
        tpErr_clear(vm);
        return -1;
    }
    return n == 0 || n == 1 ? (int)n : -1;
}

static int sig_signal(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int signo;
    if (get_signum(vm, argv[0], &signo) < 0) {
        return -1;
    }
    Value h = argv[1];
    void (*fn)(int);
    int code = -1;
    if (tpObj_callable(vm, h)) {
        fn = on_signal;
    } else if ((code = handler_code(vm, h)) >= 0) {
        fn = code == 1 ? SIG_IGN : SIG_DFL;
    } else {
        return tpErr_raise(vm, EXC_TypeError, "signal handler must be signal.SIG_IGN, "
                                              "signal.SIG_DFL, or a callable object");
    }
    if (tpSignal_run_pending(vm) < 0) {
        return -1;
    }
    if (set_os_handler(signo, fn, false) < 0) {
        return tpErr_from_errno(vm, errno, NULL_VAL, NULL_VAL);
    }
    ObjList *hl = handlers(vm);
    Value old = hl->items[signo];
    hl->items[signo] = h;
    tpGC_barrier_list(vm, hl, (size_t)signo);
    *out = IS_NULL(old) ? NONE_VAL : old;
    return 0;
}

static int sig_getsignal(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int signo;
    if (get_signum(vm, argv[0], &signo) < 0) {
        return -1;
    }
    Value h = handlers(vm)->items[signo];
    *out = IS_NULL(h) ? NONE_VAL : h;
    return 0;
}

static int sig_default_int_handler(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    return tpErr_set(vm, OBJ_VAL(tpExc_type(vm, EXC_KeyboardInterrupt)));
}

static int sig_raise_signal(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t signo; /* no range check: raise() itself refuses bad numbers (EINVAL), as CPython */
    if (tpObj_as_index(vm, argv[0], &signo) < 0) {
        return -1;
    }
    if (signo < INT32_MIN || signo > INT32_MAX) {
        return tpErr_raise(vm, EXC_OverflowError, "signal number out of range");
    }
    if (raise((int)signo) != 0) {
        return tpErr_from_errno(vm, errno, NULL_VAL, NULL_VAL);
    }
    *out = NONE_VAL;
    return tpSignal_run_pending(vm);
}

static int sig_alarm(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t secs;
    if (tpObj_as_index(vm, argv[0], &secs) < 0) {
        return -1;
    }
    *out = INT_VAL((int64_t)alarm((unsigned)secs));
    return 0;
}

static int sig_pause(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    tpSys_flush_std(vm);
    pause();
    *out = NONE_VAL;
    return tpSignal_run_pending(vm);
}

static int sig_strsignal(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int signo;
    if (get_signum(vm, argv[0], &signo) < 0) {
        return -1;
    }
    const char *s = strsignal(signo);
    if (s == NULL || strstr(s, "Unknown signal") != NULL) {
        *out = NONE_VAL;
        return 0;
    }
    ObjStr *r = tpStr_from_cstr(vm, s);
    *out = r ? OBJ_VAL(r) : NULL_VAL;
    return r ? 0 : -1;
}

/* A set of the signal numbers in a sigset_t. */
static int set_from_sigset(VM *vm, const sigset_t *ss, Value *out) {
    ObjSet *s = tpSet_new(vm, false);
    if (s == NULL) {
        return -1;
    }
    for (int n = 1; n < NSIG; n++) {
        if (sigismember(ss, n) == 1 && tpSet_add(vm, s, INT_VAL(n)) < 0) {
            return -1;
        }
    }
    *out = OBJ_VAL(s);
    return 0;
}

static int sig_valid_signals(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    sigset_t ss;
    sigfillset(&ss);
    return set_from_sigset(vm, &ss, out);
}

static int sigset_from_iterable(VM *vm, Value it, sigset_t *ss) {
    ObjList *l = tpSeq_list(vm, it);
    if (l == NULL) {
        return -1;
    }
    sigemptyset(ss);
    for (size_t i = 0; i < l->len; i++) {
        int64_t n;
        if (tpObj_as_index(vm, l->items[i], &n) < 0) {
            return -1;
        }
        if (n < 1 || n >= NSIG) {
            return tpErr_format(vm, EXC_ValueError, "signal number %lld out of range [1; %d]",
                                (long long)n, NSIG - 1);
        }
        sigaddset(ss, (int)n);
    }
    return 0;
}

static int sig_pthread_sigmask(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t how;
    sigset_t ss, old;
    if (tpObj_as_index(vm, argv[0], &how) < 0 || sigset_from_iterable(vm, argv[1], &ss) < 0) {
        return -1;
    }
    int err = pthread_sigmask((int)how, &ss, &old);
    if (err != 0) {
        return tpErr_from_errno(vm, err, NULL_VAL, NULL_VAL);
    }
    if (tpSignal_run_pending(vm) < 0) {
        return -1;
    }
    return set_from_sigset(vm, &old, out);
}

static int sig_pthread_kill(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t tid;
    int signo;
    if (tpObj_as_index(vm, argv[0], &tid) < 0) {
        return -1;
    }
    int64_t n;
    if (tpObj_as_index(vm, argv[1], &n) < 0) {
        return -1;
    }
    signo = (int)n;
    int err = pthread_kill((pthread_t)tid, signo);
    if (err != 0) {
        return tpErr_from_errno(vm, err, NULL_VAL, NULL_VAL);
    }
    *out = NONE_VAL;
    return tpSignal_run_pending(vm);
}

static int sig_siginterrupt(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int signo, flag;
    if (get_signum(vm, argv[0], &signo) < 0 || tpObj_truth(vm, argv[1], &flag) < 0) {
        return -1;
    }
    struct sigaction sa;
    if (sigaction(signo, NULL, &sa) < 0) {
        return tpErr_from_errno(vm, errno, NULL_VAL, NULL_VAL);
    }
    sa.sa_flags = flag ? sa.sa_flags & ~SA_RESTART : sa.sa_flags | SA_RESTART;
    if (sigaction(signo, &sa, NULL) < 0) {
        return tpErr_from_errno(vm, errno, NULL_VAL, NULL_VAL);
    }
    *out = NONE_VAL;
    return 0;
}

static int sig_set_wakeup_fd(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    static const char *const names[] = {"fd", "warn_on_full_buffer"};
    Value a[2];
    int64_t fd;
    if (tpArg_parse_kw(vm, "set_wakeup_fd", argc, argv, kw, 1, names, 2, a) < 0 ||
        tpObj_as_index(vm, a[0], &fd) < 0) {
        return -1;
    }
    if (fd != -1) {
        struct stat st;
        if (fd < 0 || fd > INT32_MAX || fstat((int)fd, &st) < 0) {
            return tpErr_from_errno(vm, fd < 0 || fd > INT32_MAX ? EBADF : errno, NULL_VAL,
                                    NULL_VAL);
        }
        int fl = fcntl((int)fd, F_GETFL);
        if (fl >= 0 && !(fl & O_NONBLOCK)) {
            return tpErr_format(vm, EXC_ValueError, "the fd %d must be in non-blocking mode",
                                (int)fd);
        }
    }
    int old = wakeup_fd;
    wakeup_fd = (sig_atomic_t)fd;
    *out = INT_VAL(old);
    return 0;
}

static double tv_secs(struct timeval tv) { return (double)tv.tv_sec + (double)tv.tv_usec * 1e-6; }

static int itimer_pair(VM *vm, const struct itimerval *v, Value *out) {
    ObjTuple *t = tpTuple_new(vm, 2);
    if (t == NULL) {
        return -1;
    }
    t->items[0] = FLOAT_VAL(tv_secs(v->it_value));
    t->items[1] = FLOAT_VAL(tv_secs(v->it_interval));
    *out = OBJ_VAL(t);
    return 0;
}

static int to_timeval(VM *vm, Value v, struct timeval *tv) {
    double d;
    if (tpNum_as_double(vm, v, &d) < 0) {
        return -1;
    }
    if (d < 0) {
        d = 0;
    }
    tv->tv_sec = (time_t)d;
    tv->tv_usec = (suseconds_t)((d - floor(d)) * 1e6);
    if (tv->tv_sec == 0 && tv->tv_usec == 0 && d > 0) {
        tv->tv_usec = 1; /* a tiny positive delay must still arm the timer */
    }
    return 0;
}

static int sig_setitimer(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t which;
    struct itimerval nv, ov;
    memset(&nv, 0, sizeof nv);
    if (tpObj_as_index(vm, argv[0], &which) < 0 || to_timeval(vm, argv[1], &nv.it_value) < 0 ||
        (argc > 2 && to_timeval(vm, argv[2], &nv.it_interval) < 0)) {
        return -1;
    }
    if (setitimer((int)which, &nv, &ov) < 0) {
        return tpErr_from_errno(vm, errno, NULL_VAL, NULL_VAL);
    }
    return itimer_pair(vm, &ov, out);
}

static int sig_getitimer(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    int64_t which;
    struct itimerval ov;
    if (tpObj_as_index(vm, argv[0], &which) < 0) {
        return -1;
    }
    if (getitimer((int)which, &ov) < 0) {
        return tpErr_from_errno(vm, errno, NULL_VAL, NULL_VAL);
    }
    return itimer_pair(vm, &ov, out);
}

static const MethodDef signal_functions[] = {
    TP_METHOD("signal", sig_signal, 2, 2),
    TP_METHOD("getsignal", sig_getsignal, 1, 1),
    TP_METHOD("default_int_handler", sig_default_int_handler, 0, -1),
    TP_METHOD("raise_signal", sig_raise_signal, 1, 1),
    TP_METHOD("alarm", sig_alarm, 1, 1),
    TP_METHOD("pause", sig_pause, 0, 0),
    TP_METHOD("strsignal", sig_strsignal, 1, 1),
    TP_METHOD("valid_signals", sig_valid_signals, 0, 0),
    TP_METHOD("pthread_sigmask", sig_pthread_sigmask, 2, 2),
    TP_METHOD("pthread_kill", sig_pthread_kill, 2, 2),
    TP_METHOD("siginterrupt", sig_siginterrupt, 2, 2),
    TP_METHOD_KW("set_wakeup_fd", sig_set_wakeup_fd, 1, 1),
    TP_METHOD("setitimer", sig_setitimer, 2, 3),
    TP_METHOD("getitimer", sig_getitimer, 1, 1),
    TP_METHOD_END,
};

typedef struct IntConst {
    const char *name;
    int value;
} IntConst;

/* Canonical names first: lib/signal.py's Signals keeps the first name of each number. */
static const IntConst signal_consts[] = {
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP},
    {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG},
    {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},
    {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR},
    {"SIGSYS", SIGSYS}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64}, {"SIGCLD", SIGCHLD},
    {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", NSIG},
    {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
    {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL},
    {"ITIMER_PROF", ITIMER_PROF},
    {NULL, 0},
};

/* The handler table as the OS has it now: SIG_IGN -> 1, our handler on SIGINT ->
 * default_int_handler, the default action -> 0, something foreign -> None. */
static int init_handlers(VM *vm, ObjModule *m) {
    if (vm->sig_handlers != NULL) {
        return 0;
    }
    ObjList *l = tpList_new(vm, NSIG);
    if (l == NULL) {
        return -1;
    }
    Value dih = tpDict_get_str(vm, m->dict, tpStr_intern_cstr(vm, "default_int_handler"));
    for (int n = 0; n < NSIG; n++) {
        struct sigaction sa;
        Value h = NULL_VAL;
        if (n > 0 && sigaction(n, NULL, &sa) == 0) {
            h = sa.sa_handler == SIG_IGN   ? INT_VAL(1)
                : sa.sa_handler == SIG_DFL ? INT_VAL(0)
                : n == SIGINT && sa.sa_handler == on_signal ? dih
                                                             : NONE_VAL;
        }
        l->items[n] = h;
    }
    l->len = NSIG;
    vm->sig_handlers = (Obj *)l;
    return 0;
}

int tpSignal_module_init(VM *vm, Value *out) {
    ObjStr *name = tpStr_intern_cstr(vm, "_signal");
    ObjModule *m = name == NULL ? NULL : tpModule_new(vm, name);
    if (m == NULL || tpModule_add_functions(vm, m, signal_functions) < 0) {
        return -1;
    }
    tpModule_set_builtin(m);
    for (const IntConst *c = signal_consts; c->name != NULL; c++) {
        if (tpDict_set_cstr(vm, m->dict, c->name, INT_VAL(c->value)) < 0) {
            return -1;
        }
    }
    if (init_handlers(vm, m) < 0) {
        return -1;
    }
    *out = OBJ_VAL(m);
    return 0;
}
