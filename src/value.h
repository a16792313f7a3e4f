/*
 * value.h — a Python value in one 64-bit word (NaN-boxing).
 *
 * A double is stored as itself. The negative quiet-NaN space from 0xFFF9_0000_0000_0000 up holds
 * tagged payloads in the low 48 bits (a NaN whose bits fall there is canonicalised to
 * 0x7ff8000000000000; other NaN payloads are kept, so that float('nan') can make NaNs that are
 * distinct objects as in CPython, while a copied NaN stays identical to itself):
 *   0xFFF9 | int48   small int, range [-2^47, 2^47-1]; larger ints are heap ObjInt (GMP)
 *   0xFFFA | k       None (0), False (1), True (2), and NULL_VAL (3): "no value" (unbound local,
 *                    empty slot, deleted item); NULL_VAL is never visible to Python code
 *   0xFFFB | ptr     pointer to a heap object (Obj header)
 * So floats and small ints allocate nothing. Only this header knows the encoding.
 */
#ifndef TP_VALUE_H
#define TP_VALUE_H

#include "common.h"

typedef uint64_t Value;
typedef struct Obj Obj;

#define TP_TAG_MASK 0xFFFF000000000000ULL
#define TP_PAYLOAD_MASK 0x0000FFFFFFFFFFFFULL
#define TP_TAG_INT 0xFFF9000000000000ULL
#define TP_TAG_SPEC 0xFFFA000000000000ULL
#define TP_TAG_OBJ 0xFFFB000000000000ULL
#define TP_CANON_NAN 0x7ff8000000000000ULL

#define SMALLINT_MAX ((int64_t)0x00007FFFFFFFFFFFLL)
#define SMALLINT_MIN (-SMALLINT_MAX - 1)

#define NONE_VAL ((Value)(TP_TAG_SPEC | 0))
#define FALSE_VAL ((Value)(TP_TAG_SPEC | 1))
#define TRUE_VAL ((Value)(TP_TAG_SPEC | 2))
#define NULL_VAL ((Value)(TP_TAG_SPEC | 3))

static inline bool IS_FLOAT(Value v) { return v < TP_TAG_INT; }
static inline bool IS_INT(Value v) { return (v & TP_TAG_MASK) == TP_TAG_INT; } /* small int only */
static inline bool IS_OBJ(Value v) { return (v & TP_TAG_MASK) == TP_TAG_OBJ; }
static inline bool IS_NONE(Value v) { return v == NONE_VAL; }
static inline bool IS_NULL(Value v) { return v == NULL_VAL; }
static inline bool IS_BOOL(Value v) { return v == TRUE_VAL || v == FALSE_VAL; }

static inline double AS_FLOAT(Value v) {
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}
static inline Value FLOAT_VAL(double d) {
    Value v;
    memcpy(&v, &d, sizeof d);
    return v >= TP_TAG_INT ? TP_CANON_NAN : v;
}
static inline int64_t AS_INT(Value v) { return ((int64_t)(v << 16)) >> 16; }
/* The caller guarantees SMALLINT_MIN <= i <= SMALLINT_MAX (see tpInt_from_i64 otherwise). */
static inline Value INT_VAL(int64_t i) { return TP_TAG_INT | ((uint64_t)i & TP_PAYLOAD_MASK); }
static inline bool FITS_SMALLINT(int64_t i) { return i >= SMALLINT_MIN && i <= SMALLINT_MAX; }
static inline Value BOOL_VAL(bool b) { return b ? TRUE_VAL : FALSE_VAL; }
static inline bool AS_BOOL(Value v) { return v == TRUE_VAL; }
static inline Obj *AS_OBJ(Value v) { return (Obj *)(uintptr_t)(v & TP_PAYLOAD_MASK); }
static inline Value OBJ_VAL(const void *o) { return TP_TAG_OBJ | (uint64_t)(uintptr_t)o; }

#endif
