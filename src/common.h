/*
 * common.h — the one configuration header: compiler helpers, build knobs and basic includes.
 * Every source file includes this first (directly or through value.h/object.h).
 * Knobs (TP_*) are the only #if switches the project has; keep them few.
 */
#ifndef TP_COMMON_H
#define TP_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ---- build knobs ---- */
/* TP_GC_STRESS: collect at every allocation (make test-gcstress). */
/* TP_DEBUG: assertions and poisoning of freed memory. */
#if defined(__GNUC__) && !defined(TP_NO_COMPUTED_GOTO)
#define TP_COMPUTED_GOTO 1
#else
#define TP_COMPUTED_GOTO 0
#endif

/* ---- compiler helpers ---- */
#if defined(__GNUC__)
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define TP_MUST_CHECK __attribute__((warn_unused_result))
#define TP_INTERNAL __attribute__((visibility("hidden")))
#define TP_NORETURN __attribute__((noreturn))
#define TP_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define TP_UNUSED __attribute__((unused))
#else
#define likely(x) (x)
#define unlikely(x) (x)
#define TP_MUST_CHECK
#define TP_INTERNAL
#define TP_NORETURN
#define TP_PRINTF(f, a)
#define TP_UNUSED
#endif

#ifdef TP_DEBUG
#include <assert.h>
#define TP_ASSERT(c) assert(c)
#else
#define TP_ASSERT(c) ((void)0)
#endif

#define TP_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#define TP_VERSION "3.11.7"
#define TP_VERSION_MAJOR 3
#define TP_VERSION_MINOR 11
#define TP_VERSION_MICRO 7

#endif
