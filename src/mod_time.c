/*
 * mod_time.c — a minimal `time` module: time(), monotonic(), perf_counter(), process_time(),
 * thread_time(), sleep() (and the _ns variants of the clocks), enough for asyncio's event loop
 * and simple timing code.
 */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "interp.h"
#include "runtime.h"
#include "signals.h"

TP_INTERNAL int tpTime_module_init(VM *vm, Value *out);

static double clock_secs(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int t_time(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = FLOAT_VAL(clock_secs(CLOCK_REALTIME));
    return 0;
}

static int t_monotonic(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = FLOAT_VAL(clock_secs(CLOCK_MONOTONIC));
    return 0;
}

static int t_time_ns(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = tpInt_from_i64(vm, clock_ns(CLOCK_REALTIME));
    return IS_NULL(*out) ? -1 : 0;
}

static int t_monotonic_ns(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = tpInt_from_i64(vm, clock_ns(CLOCK_MONOTONIC));
    return IS_NULL(*out) ? -1 : 0;
}

/* CPU time of the process / the calling thread: what a benchmark on a busy machine measures */
static int t_process_time(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = FLOAT_VAL(clock_secs(CLOCK_PROCESS_CPUTIME_ID));
    return 0;
}

static int t_process_time_ns(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = tpInt_from_i64(vm, clock_ns(CLOCK_PROCESS_CPUTIME_ID));
    return IS_NULL(*out) ? -1 : 0;
}

static int t_thread_time(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = FLOAT_VAL(clock_secs(CLOCK_THREAD_CPUTIME_ID));
    return 0;
}

static int t_thread_time_ns(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    *out = tpInt_from_i64(vm, clock_ns(CLOCK_THREAD_CPUTIME_ID));
    return IS_NULL(*out) ? -1 : 0;
}

/* Sleep `secs` on the monotonic clock. A signal wakes it up (PEP 475): its handlers run, an
 * exception they raise ends the sleep, otherwise it goes on until the same deadline. */
static int sleep_until(VM *vm, double secs) {
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    double whole = floor(secs);
    deadline.tv_sec += (time_t)whole;
    deadline.tv_nsec += (long)((secs - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    for (;;) {
        int err = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        if (err == 0) {
            return tpSignal_check(vm);
        }
        if (err != EINTR) {
            return tpErr_from_errno(vm, err, NULL_VAL, NULL_VAL);
        }
        if (tpSignal_run_pending(vm) < 0) {
            return -1;
        }
    }
}

static int t_sleep(VM *vm, int argc, Value *argv, ObjTuple *kw, Value *out) {
    double secs;
    if (!tpObj_is(vm, argv[0], TYPE_INT) && !tpObj_is(vm, argv[0], TYPE_FLOAT)) {
        return tpErr_format(vm, EXC_TypeError,
                            "'%T' object cannot be interpreted as an integer or float", argv[0]);
    }
    if (tpNum_as_double(vm, argv[0], &secs) < 0) {
        return -1;
    }
    if (isnan(secs)) {
        return tpErr_raise(vm, EXC_ValueError, "Invalid value NaN (not a number)");
    }
    if (secs < 0) {
        return tpErr_raise(vm, EXC_ValueError, "sleep length must be non-negative");
    }
    *out = NONE_VAL;
    return sleep_until(vm, secs);
}

static const MethodDef time_functions[] = {
    TP_METHOD("time", t_time, 0, 0),
    TP_METHOD("time_ns", t_time_ns, 0, 0),
    TP_METHOD("monotonic", t_monotonic, 0, 0),
    TP_METHOD("monotonic_ns", t_monotonic_ns, 0, 0),
    TP_METHOD("perf_counter", t_monotonic, 0, 0),
    TP_METHOD("perf_counter_ns", t_monotonic_ns, 0, 0),
    TP_METHOD("process_time", t_process_time, 0, 0),
    TP_METHOD("process_time_ns", t_process_time_ns, 0, 0),
    TP_METHOD("thread_time", t_thread_time, 0, 0),
    TP_METHOD("thread_time_ns", t_thread_time_ns, 0, 0),
    TP_METHOD("sleep", t_sleep, 1, 1),
    TP_METHOD_END,
};

int tpTime_module_init(VM *vm, Value *out) {
    ObjStr *name = tpStr_intern_cstr(vm, "time");
    ObjModule *m = name == NULL ? NULL : tpModule_new(vm, name);
    if (m == NULL) {
        return -1;
    }
    tpModule_set_builtin(m);
    if (tpModule_add_functions(vm, m, time_functions) < 0) {
        return -1;
    }
    *out = OBJ_VAL(m);
    return 0;
}
