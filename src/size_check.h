/*
 * size_check.h — overflow-checked size arithmetic and the size limit for object payloads.
 * Constructors that are told a size up front (bytes(n), "a".ljust(n), format widths, seq * n,
 * list(range(n))) check it here before doing any work, so an absurd size fails at once with
 * CPython's exception instead of filling memory. Owned by the strings/containers/numbers area.
 */
#ifndef TP_SIZE_CHECK_H
#define TP_SIZE_CHECK_H

#include "runtime.h"

/* The largest payload (in bytes) of one object taipan tries to allocate: requests above it fail
 * with MemoryError as an allocation that large would in CPython (256 GiB: beyond any real heap,
 * and below the sanitizers' allocation limit so that their builds raise MemoryError too). */
#define TP_MAX_OBJ_SIZE ((size_t)1 << 38)
/* Python's sys.maxsize: a length beyond it is an OverflowError in CPython. */
#define TP_MAX_SSIZE ((size_t)INT64_MAX)

/* *out = a * b; returns -1 (out untouched) if the product does not fit a size_t. */
static inline int tpSize_mul(size_t a, size_t b, size_t *out) {
    size_t r;
    if (__builtin_mul_overflow(a, b, &r)) {
        return -1;
    }
    *out = r;
    return 0;
}

/* *out = a + b; returns -1 if the sum does not fit a size_t. */
static inline int tpSize_add(size_t a, size_t b, size_t *out) {
    size_t r;
    if (__builtin_add_overflow(a, b, &r)) {
        return -1;
    }
    *out = r;
    return 0;
}

/* MemoryError unless an object payload of `nbytes` bytes may be allocated. */
static inline int tpSize_check(VM *vm, size_t nbytes) {
    return nbytes > TP_MAX_OBJ_SIZE ? tpErr_no_memory(vm) : 0;
}

/* MemoryError unless `count` items of `item` bytes (plus `extra`) fit TP_MAX_OBJ_SIZE. */
static inline int tpSize_check_items(VM *vm, size_t count, size_t item, size_t extra) {
    size_t n;
    if (tpSize_mul(count, item, &n) < 0 || tpSize_add(n, extra, &n) < 0) {
        return tpErr_no_memory(vm);
    }
    return tpSize_check(vm, n);
}

/* An index-like argument (int or __index__) as a C ssize_t: OverflowError "Python int too large
 * to convert to C ssize_t" (or "... C int" when as_c_int) like CPython's argument parsing. */
static inline int tpSize_arg(VM *vm, Value v, bool as_c_int, int64_t *out) {
    *out = 0;
    if (IS_INT(v) && !as_c_int) {
        *out = AS_INT(v);
        return 0;
    }
    Value i;
    if (IS_INT(v)) {
        i = v;
    } else if (tpObj_index(vm, v, &i) < 0) {
        return -1;
    }
    int64_t r = 0;
    bool big = false;
    if (tpInt_as_i64(vm, i, &r) < 0) {
        if (!tpErr_matches(vm, EXC_OverflowError)) {
            return -1;
        }
        tpErr_clear(vm);
        big = true;
    }
    if (big || (as_c_int && (r > INT32_MAX || r < INT32_MIN))) {
        return tpErr_format(vm, EXC_OverflowError, "Python int too large to convert to C %s",
                            as_c_int ? "int" : "ssize_t");
    }
    *out = r;
    return 0;
}

/* Append n copies of code point cp to b (nothing when n <= 0), reserving the room once:
 * MemoryError at once when the result would pass TP_MAX_OBJ_SIZE. (str_core.c) */
TP_INTERNAL TP_MUST_CHECK int tpBuf_put_fill(VM *vm, StrBuf *b, uint32_t cp, int64_t n);

#endif
