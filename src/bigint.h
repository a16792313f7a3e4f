/*
 * bigint.h — numeric helpers shared by the number types (int, bool, float, complex) and offered
 * to the VM's fast paths. Owned by the numbers area (bigint.c, obj_int.c, obj_bool.c, obj_float.c,
 * obj_complex.c, num_format.c).
 * The mpz-taking helpers are only declared when <gmp.h> was included before this header, so
 * files outside the numbers area never see GMP.
 */
#ifndef TP_BIGINT_H
#define TP_BIGINT_H

#include "runtime.h"

/* Is v an int of any kind (small, big, bool, int-subclass instance) / a float (immediate or
 * float-subclass box) / a complex (or subclass)? Cheap tests, no exceptions. */
TP_INTERNAL bool tpNum_is_int(VM *vm, Value v);
TP_INTERNAL bool tpNum_is_float(VM *vm, Value v);
TP_INTERNAL bool tpNum_is_complex(VM *vm, Value v);
/* The double held by a float (immediate or ObjFloatBox); v must satisfy tpNum_is_float. */
TP_INTERNAL double tpFloat_value(Value v);

/* Integer arithmetic on two ints of any kind: a op b for every BINOP_* (op not in-place).
 * Returns 0 with *out, 1 if the op is not an int op (MATMUL), -1 error. Both must be ints. */
TP_INTERNAL TP_MUST_CHECK int tpInt_binop(VM *vm, Value a, Value b, int op, Value *out);
/* Unary -, +, ~, abs on an int of any kind; the result is a plain int. */
TP_INTERNAL TP_MUST_CHECK int tpInt_unop(VM *vm, Value v, int op, Value *out);
/* pow(a, b, m) on ints (all three must be ints). */
TP_INTERNAL TP_MUST_CHECK int tpInt_powmod(VM *vm, Value a, Value b, Value m, Value *out);
/* Compare an int (any kind) with a double exactly: <0, 0, >0; 2 if d is NaN. */
TP_INTERNAL int tpInt_cmp_double(VM *vm, Value a, double d);
/* a / b for ints, correctly rounded (ZeroDivisionError, OverflowError as CPython). */
TP_INTERNAL TP_MUST_CHECK int tpInt_truediv(VM *vm, Value a, Value b, double *out);
/* The value of an int of any kind, normalised to a plain int Value (small or ObjInt of type int).
 * Used for int subclass instances and bools. NULL_VAL on MemoryError. */
TP_INTERNAL Value tpInt_plain(VM *vm, Value v);
/* Number of bits of |v| (int.bit_length). */
TP_INTERNAL uint64_t tpInt_bit_length(VM *vm, Value v);
/* Round an int to a multiple of 10**(-ndigits) (ndigits < 0), ties to even. */
TP_INTERNAL TP_MUST_CHECK int tpInt_round(VM *vm, Value v, int64_t ndigits, Value *out);
/* Create an instance of an int subclass `type` holding the int value v. */
TP_INTERNAL TP_MUST_CHECK int tpInt_new_subtype(VM *vm, ObjType *type, Value v, Value *out);
/* Copy UTF-8 text to ASCII for number parsing: Unicode decimal digits become '0'..'9', Unicode
 * spaces ' ', other non-ASCII characters '?'. malloc'd (NULL when out of memory). */
TP_INTERNAL char *tpNum_ascii_digits(const char *s, size_t n, size_t *outn);
/* Decimal digit count limit of str(int)/int(str) (CPython's default). */
#define TP_INT_MAX_STR_DIGITS 4300

/* Float helpers (obj_float.c) */
/* a op b where each operand is an int or a float (at least one float): 0 ok, 1 not a float op
 * (NotImplemented), -1 error. The result may be complex for negative ** fractional. */
TP_INTERNAL TP_MUST_CHECK int tpFloat_binop_d(VM *vm, double a, double b, int op, Value *out);
/* Box a double in a float subclass instance. */
TP_INTERNAL TP_MUST_CHECK int tpFloat_new_subtype(VM *vm, ObjType *type, double d, Value *out);
/* Python's float floor division / modulo semantics (b != 0). */
TP_INTERNAL void tpFloat_divmod(double a, double b, double *div, double *mod);
/* round(d, ndigits) correctly rounded, ties to even; OverflowError as CPython. */
TP_INTERNAL TP_MUST_CHECK int tpFloat_round(VM *vm, double d, int64_t ndigits, double *out);

/* Complex helpers (obj_complex.c) */
TP_INTERNAL TP_MUST_CHECK int tpComplex_pow(VM *vm, double ar, double ai, double br, double bi,
                                            Value *out);
/* The components of a complex (or subclass) value. */
TP_INTERNAL void tpComplex_parts(Value v, double *re, double *im);

/* Fast path for the VM: a op b when both are int/bool/float (any mix); 0 with *out, 1 when the
 * operands are not both such numbers or the op does not apply (caller falls back to
 * tpObj_binop), -1 error. */
TP_INTERNAL TP_MUST_CHECK int tpNum_binop(VM *vm, Value a, Value b, int op, Value *out);

#ifdef __GNU_MP__
/* A read-only mpz view of any int value; `scratch` provides storage for small values. */
typedef struct BigView {
    __mpz_struct z;
    mp_limb_t limb;
} BigView;
TP_INTERNAL mpz_srcptr tpBig_view(VM *vm, Value v, BigView *scratch);
/* Turn a computed mpz into a normalised int Value; always clears/steals `z`.
 * NULL_VAL + MemoryError on failure. */
TP_INTERNAL Value tpBig_take(VM *vm, mpz_ptr z);
/* Bytes of the tpMem block holding a stored int's mpz (ObjInt.mpz). */
TP_INTERNAL size_t tpBig_box_size(const void *box);
/* Free an int's box (and the limbs it took over from GMP). */
TP_INTERNAL void tpBig_box_free(VM *vm, void *box);
/* Where an exact int of one limb keeps its mpz header and limb: right after the ObjInt, in the
 * same heap slot (tpInt_from_i64); such a box is freed with the object. */
static inline __mpz_struct *tpBig_box_inline(ObjInt *o) { return (__mpz_struct *)(o + 1); }
/* Correctly rounded conversion to double; *overflow set when out of range. */
TP_INTERNAL double tpBig_to_double(mpz_srcptr z, bool *overflow);
#endif

/* The text of a small int i in base 2, 8, 10 or 16 (with the 0b/0o/0x prefix and the sign),
 * written backwards so that it ends at `end` (72 bytes of room suffice); returns its start. */
TP_INTERNAL char *tpInt_small_text(int64_t i, int base, char *end);

#endif
