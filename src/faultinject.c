/*
 * faultinject.c — hooks that make the allocator fail on purpose, for robustness testing.
 *
 * TAIPAN_FAIL_ALLOC=N makes the N-th allocation through tpGC_alloc / tpMem_realloc (counted from
 * process start, 1-based) fail with MemoryError; "N:every" fails it and every later one;
 * "count" fails nothing and prints the number of allocations made to stderr at exit (so a sweep
 * knows the range of N worth trying). The fuzzers also cap the heap (tpFault_set_mem_limit) and
 * bound the steps a program may run (VM.step_budget). The settings are process-wide, like the
 * environment variable they come from; nothing here is per-VM except the step budget.
 */
#include <stdio.h>
#include <stdlib.h>

#include "faultinject.h"

bool tpFault_armed;

static struct {
    uint64_t count;     /* allocations seen while armed */
    uint64_t fail_at;   /* 0: no injected failure */
    bool every;         /* fail every allocation from fail_at on */
    bool report;        /* "count" mode */
    size_t mem_limit;   /* 0: no cap */
} fi;

static void rearm(void) { tpFault_armed = fi.fail_at != 0 || fi.report || fi.mem_limit != 0; }

static void report_count(void) { fprintf(stderr, "taipan: %llu allocations\n",
                                         (unsigned long long)fi.count); }

/* Read TAIPAN_FAIL_ALLOC once, before main (the first allocations happen in tpVM_new). */
__attribute__((constructor)) static void fault_setup(void) {
    const char *s = getenv("TAIPAN_FAIL_ALLOC");
    if (s == NULL || *s == '\0') {
        return;
    }
    if (strcmp(s, "count") == 0) {
        fi.report = true;
        atexit(report_count);
    } else {
        char *end;
        fi.fail_at = strtoull(s, &end, 10);
        fi.every = strcmp(end, ":every") == 0;
    }
    rearm();
}

bool tpFault_alloc_fails(VM *vm, size_t n) {
    fi.count++;
    if (fi.mem_limit != 0 && (n > fi.mem_limit || vm->bytes_allocated > fi.mem_limit - n)) {
        return true;
    }
    return fi.fail_at != 0 && (fi.count == fi.fail_at || (fi.every && fi.count > fi.fail_at));
}

void tpFault_set_mem_limit(size_t limit) {
    fi.mem_limit = limit;
    rearm();
}

void tpFault_set_fail_at(uint64_t fail_at, bool every) {
    fi.count = 0;
    fi.fail_at = fail_at;
    fi.every = every;
    rearm();
}

int tpFault_step_exhausted(VM *vm) {
    if (--vm->step_budget > 0) {
        return 0;
    }
    /* stays exhausted: every later check raises again, so `except:` inside a loop cannot keep
     * the program going for ever */
    vm->step_budget = 1;
    return tpErr_raise(vm, EXC_KeyboardInterrupt, "step budget exhausted");
}
