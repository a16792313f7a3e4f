/*
 * bigint.c — arbitrary-precision integer arithmetic over GMP for the int type.
 *
 * Owns: the bridge between Values and mpz (read-only views of small ints, normalisation of
 * results), every int operator (small fast paths first, mpz otherwise), exact int/float
 * comparison, correctly rounded int→float and int/int true division, hashing and str().
 * Results whose size we can predict (*, **, <<) are checked before GMP is asked for them, since
 * GMP aborts the process when it cannot allocate.
 */
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "runtime.h"
#include "bigint.h"
#include "str_impl.h"

_Static_assert(GMP_NUMB_BITS == 64, "taipan expects 64-bit GMP limbs");

/* Largest result we let GMP build: 2^33 bits (1 GiB). Beyond it we raise MemoryError. */
#define BIG_MAX_BITS ((uint64_t)1 << 33)
/* The modulus of CPython's numeric hash (a Mersenne prime). */
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

extern const TypeSpec tpInt_spec;

/* ---- GMP memory: plain malloc, but fail loudly instead of GMP's silent abort ---- */

static void gmp_oom(size_t n) TP_NORETURN;
static void gmp_oom(size_t n) {
    fprintf(stderr, "taipan: out of memory in GMP (%zu bytes)\n", n);
    abort();
}

static void *gmp_alloc(size_t n) {
    void *p = malloc(n);
    if (p == NULL) {
        gmp_oom(n);
    }
    return p;
}

static void *gmp_realloc(void *p, size_t old_n, size_t new_n) {
    (void)old_n;
    void *q = realloc(p, new_n);
    if (q == NULL) {
        gmp_oom(new_n);
    }
    return q;
}

static void gmp_free(void *p, size_t n) {
    (void)n;
    free(p);
}

/* Process-wide configuration of the library (not VM state), done once before main. */
__attribute__((constructor)) static void gmp_setup(void) {
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

/* ---- classification and views ---- */

bool tpNum_is_int(VM *vm, Value v) {
    (void)vm;
    if (IS_INT(v) || IS_BOOL(v)) {
        return true;
    }
    return IS_OBJ(v) && AS_OBJ(v)->type->spec == &tpInt_spec;
}

bool tpInt_check(VM *vm, Value v) { return tpNum_is_int(vm, v); }

static int64_t small_of(Value v) {
    if (IS_INT(v)) {
        return AS_INT(v);
    }
    return v == TRUE_VAL ? 1 : 0;
}

/* small int or bool: the value fits an int64 without GMP */
static bool is_small(Value v) { return IS_INT(v) || IS_BOOL(v); }

mpz_srcptr tpBig_view(VM *vm, Value v, BigView *s) {
    (void)vm;
    if (IS_OBJ(v)) {
        ObjInt *o = (ObjInt *)AS_OBJ(v);
        if (o->mpz != NULL) {
            return (mpz_srcptr)o->mpz;
        }
        s->limb = 0;
        return mpz_roinit_n(&s->z, &s->limb, 0);
    }
    int64_t i = small_of(v);
    s->limb = (mp_limb_t)(i < 0 ? -(uint64_t)i : (uint64_t)i);
    return mpz_roinit_n(&s->z, &s->limb, i < 0 ? -1 : (i > 0 ? 1 : 0));
}

/* A stored int too big for the object itself (BIG_INLINE_LIMBS) has a tpMem block holding a
 * read-only mpz header followed by its limbs (limbs_follow), or, for a big result of GMP, the
 * header alone pointing to the limbs GMP allocated (taken over instead of copied: the copy was
 * a fifth of a pidigits run).
 * Either way the GC counts the real size. (Smaller ones: tpBig_box_inline, inside the object.) */
static bool limbs_follow(const __mpz_struct *box) { return box->_mp_d == (mp_limb_t *)(box + 1); }

size_t tpBig_box_size(const void *box) {
    if (!limbs_follow(box)) {
        return sizeof(__mpz_struct);
    }
    size_t n = mpz_size((mpz_srcptr)box);
    return sizeof(__mpz_struct) + (n ? n : 1) * sizeof(mp_limb_t);
}

void tpBig_box_free(VM *vm, void *box) {
    __mpz_struct *z = box;
    if (!limbs_follow(z)) {
        tpMem_forget(vm, (size_t)z->_mp_alloc * sizeof(mp_limb_t));
        free(z->_mp_d);   /* what gmp_free does */
    }
    tpMem_free(vm, box, tpBig_box_size(box));
}

/* Take over z's limbs (they are the int's now, or freed on failure). */
static Value big_adopt(VM *vm, mpz_ptr z) {
    ObjInt *o = tpGC_alloc(vm, vm->types[TYPE_INT], vm->types[TYPE_INT]->size);
    __mpz_struct *box = o == NULL ? NULL : tpMem_alloc(vm, sizeof(__mpz_struct));
    if (box == NULL) {
        mpz_clear(z);
        return NULL_VAL;
    }
    *box = *z;
    tpMem_adopt(vm, (size_t)z->_mp_alloc * sizeof(mp_limb_t));
    o->mpz = box;
    return OBJ_VAL(o);
}

/* Exact ints of at most this many limbs keep box and limbs inside the object (as
 * tpInt_from_i64's one-limb ints): the results of big-int arithmetic up to 512 bits then cost
 * one GC slot instead of a slot and a malloc'd box (and its free at the sweep). */
#define BIG_INLINE_LIMBS 8

/* An exact int of n <= BIG_INLINE_LIMBS limbs (src, n > 0 normalised), box inside the object. */
static inline __attribute__((always_inline)) Value box_inline_limbs(VM *vm, const mp_limb_t *src,
                                                                  size_t n, bool neg) {
    ObjInt *o = tpGC_alloc(vm, vm->types[TYPE_INT], sizeof(ObjInt) + sizeof(__mpz_struct) +
                                                        (n ? n : 1) * sizeof(mp_limb_t));
    if (o == NULL) {
        return NULL_VAL;
    }
    __mpz_struct *box = tpBig_box_inline(o);
    mp_limb_t *limbs = (mp_limb_t *)(box + 1);
    limbs[0] = 0;
    for (size_t i = 0; i < n; i++) {
        limbs[i] = src[i];
    }
    mpz_roinit_n(box, limbs, neg ? -(mp_size_t)n : (mp_size_t)n);
    o->mpz = box;
    return OBJ_VAL(o);
}

static Value big_box(VM *vm, ObjType *type, mpz_srcptr z) {
    size_t n = mpz_size(z);
    if (type == vm->types[TYPE_INT] && n <= BIG_INLINE_LIMBS) {
        return box_inline_limbs(vm, mpz_limbs_read(z), n, mpz_sgn(z) < 0);
    }
    ObjInt *o = tpGC_alloc(vm, type, type->size);
    if (o == NULL) {
        return NULL_VAL;
    }
    __mpz_struct *box = tpMem_alloc(vm, sizeof(__mpz_struct) + (n ? n : 1) * sizeof(mp_limb_t));
    if (box == NULL) {
        return NULL_VAL;
    }
    mp_limb_t *limbs = (mp_limb_t *)(box + 1);
    limbs[0] = 0;
    if (n > 0) {
        memcpy(limbs, mpz_limbs_read(z), n * sizeof(mp_limb_t));
    }
    mpz_roinit_n(box, limbs, mpz_sgn(z) < 0 ? -(mp_size_t)n : (mp_size_t)n);
    o->mpz = box;
    return OBJ_VAL(o);
}

Value tpBig_take(VM *vm, mpz_ptr z) {
    if (mpz_fits_slong_p(z)) {
        long l = mpz_get_si(z);
        if (FITS_SMALLINT(l)) {
            mpz_clear(z);
            return INT_VAL(l);
        }
    }
    size_t n = mpz_size(z);
    if (n > BIG_INLINE_LIMBS && (size_t)z->_mp_alloc <= n + n / 2 + 4) {   /* not much unused */
        return big_adopt(vm, z);
    }
    Value v = big_box(vm, vm->types[TYPE_INT], z);
    mpz_clear(z);
    return v;
}

Value tpInt_from_i64(VM *vm, int64_t i) {
    if (FITS_SMALLINT(i)) {
        return INT_VAL(i);
    }
#if GMP_LIMB_BITS == 64
    /* one limb: the box is built directly (no GMP allocation to make and free), inside the
     * object itself: no malloc either, which was half the cost of an int64 result outside the
     * small range (`total += x` past 2**47) */
    mp_limb_t limb = i < 0 ? -(uint64_t)i : (uint64_t)i;
    return box_inline_limbs(vm, &limb, 1, i < 0);
#else
    mpz_t z;
    mpz_init_set_si(z, (long)i);
    return tpBig_take(vm, z);
#endif
}

Value tpInt_from_u64(VM *vm, uint64_t i) {
    if (i <= (uint64_t)SMALLINT_MAX) {
        return INT_VAL((int64_t)i);
    }
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)i);
    return tpBig_take(vm, z);
}

Value tpInt_plain(VM *vm, Value v) {
    if (IS_INT(v)) {
        return v;
    }
    if (IS_BOOL(v)) {
        return INT_VAL(small_of(v));
    }
    if (IS_OBJ(v) && AS_OBJ(v)->type == vm->types[TYPE_INT]) {
        return v;
    }
    BigView bv;
    mpz_t z;
    mpz_init_set(z, tpBig_view(vm, v, &bv));
    return tpBig_take(vm, z);
}

/* Digits (optional '-') whose value fits in 62 bits, without GMP: true and *out when it worked. */
static bool small_from_digits(const char *digits, size_t n, int base, int64_t *out) {
    size_t i = n > 0 && digits[0] == '-' ? 1 : 0;
    if (i == n || base < 2 || base > 36) {
        return false;
    }
    uint64_t acc = 0;
    const uint64_t most = ((uint64_t)1 << 62) / (uint64_t)base;   /* one division, not per digit */
    for (; i < n; i++) {
        char c = digits[i];
        int d = c >= '0' && c <= '9' ? c - '0'
                : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
        if (d >= base || acc > most) {
            return false;
        }
        acc = acc * (uint64_t)base + (uint64_t)d;
    }
    *out = digits[0] == '-' ? -(int64_t)acc : (int64_t)acc;
    return true;
}

Value tpInt_from_digits(VM *vm, const char *digits, size_t n, int base) {
    int64_t i64;
    if (small_from_digits(digits, n, base, &i64)) {
        return tpInt_from_i64(vm, i64);
    }
    char small[64];
    char *buf = n < sizeof small ? small : malloc(n + 1);
    if (buf == NULL) {
        tpErr_no_memory(vm);
        return NULL_VAL;
    }
    memcpy(buf, digits, n);
    buf[n] = '\0';
    mpz_t z;
    int rc = mpz_init_set_str(z, buf, base);
    if (buf != small) {
        free(buf);
    }
    if (rc != 0) {
        mpz_clear(z);
        tpErr_raise(vm, EXC_ValueError, "invalid digits");
        return NULL_VAL;
    }
    return tpBig_take(vm, z);
}

int tpInt_from_double(VM *vm, double d, Value *out) {
    if (isnan(d)) {
        return tpErr_raise(vm, EXC_ValueError, "cannot convert float NaN to integer");
    }
    if (isinf(d)) {
        return tpErr_raise(vm, EXC_OverflowError, "cannot convert float infinity to integer");
    }
    d = trunc(d);
    if (fabs(d) < 140737488355328.0) {   /* 2^47 */
        *out = INT_VAL((int64_t)d);
        return 0;
    }
    mpz_t z;
    mpz_init_set_d(z, d);
    *out = tpBig_take(vm, z);
    return IS_NULL(*out) ? -1 : 0;
}

/* ---- conversions ---- */

int tpInt_as_i64(VM *vm, Value v, int64_t *out) {
    if (is_small(v)) {
        *out = small_of(v);
        return 0;
    }
    BigView bv;
    mpz_srcptr z = tpBig_view(vm, v, &bv);
    if (!mpz_fits_slong_p(z)) {
        return tpErr_raise(vm, EXC_OverflowError, "Python int too large to convert to C long");
    }
    *out = mpz_get_si(z);
    return 0;
}

/* Round |z| to 53 bits, ties to even, scaled: returns m and e with |z| ~= m * 2^e. */
double tpBig_to_double(mpz_srcptr z, bool *overflow) {
    *overflow = false;
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= 63) {
        /* the C conversion of an int64 rounds to nearest even */
        return (double)mpz_get_si(z);
    }
    if (bits > 1100) {
        *overflow = true;
        return 0.0;
    }
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    size_t shift = bits - 55;          /* keep 55 bits: 53 + guard + round */
    bool sticky = mpz_scan1(t, 0) < shift;
    mpz_tdiv_q_2exp(t, t, shift);
    uint64_t m = mpz_get_ui(t);
    mpz_clear(t);
    uint64_t low = m & 3;
    m >>= 2;
    if (low > 2 || (low == 2 && (sticky || (m & 1)))) {
        m++;
    }
    double d = ldexp((double)m, (int)shift + 2);
    if (isinf(d)) {
        *overflow = true;
    }
    return mpz_sgn(z) < 0 ? -d : d;
}

int tpInt_as_double(VM *vm, Value v, double *out) {
    if (is_small(v)) {
        *out = (double)small_of(v);
        return 0;
    }
    BigView bv;
    bool ovf;
    *out = tpBig_to_double(tpBig_view(vm, v, &bv), &ovf);
    if (ovf) {
        return tpErr_raise(vm, EXC_OverflowError, "int too large to convert to float");
    }
    return 0;
}

int tpInt_sign(VM *vm, Value v) {
    if (is_small(v)) {
        int64_t i = small_of(v);
        return (i > 0) - (i < 0);
    }
    BigView bv;
    return mpz_sgn(tpBig_view(vm, v, &bv));
}

int tpInt_cmp(VM *vm, Value a, Value b) {
    if (is_small(a) && is_small(b)) {
        int64_t x = small_of(a), y = small_of(b);
        return (x > y) - (x < y);
    }
    BigView va, vb;
    int c = mpz_cmp(tpBig_view(vm, a, &va), tpBig_view(vm, b, &vb));
    return (c > 0) - (c < 0);
}

int tpInt_cmp_double(VM *vm, Value a, double d) {
    if (isnan(d)) {
        return 2;
    }
    if (is_small(a)) {
        double x = (double)small_of(a);   /* exact: small ints have 48 bits */
        return (x > d) - (x < d);
    }
    BigView va;
    int c = mpz_cmp_d(tpBig_view(vm, a, &va), d);
    return (c > 0) - (c < 0);
}

int64_t tpInt_hash(VM *vm, Value v) {
    int64_t h;
    if (is_small(v)) {
        h = small_of(v);
    } else {
        BigView bv;
        mpz_srcptr z = tpBig_view(vm, v, &bv);
        h = (int64_t)mpz_tdiv_ui(z, HASH_MODULUS);
        if (mpz_sgn(z) < 0) {
            h = -h;
        }
    }
    return h == -1 ? -2 : h;
}

uint64_t tpInt_bit_length(VM *vm, Value v) {
    BigView bv;
    mpz_srcptr z = tpBig_view(vm, v, &bv);
    return mpz_sgn(z) == 0 ? 0 : (uint64_t)mpz_sizeinbase(z, 2);
}

/* ---- str() ---- */

static int str_limit_error(VM *vm) {
    return tpErr_format(vm, EXC_ValueError,
                        "Exceeds the limit (%d digits) for integer string conversion; "
                        "use sys.set_int_max_str_digits() to increase the limit",
                        vm->int_max_str_digits);
}

/* The text of a small int in base 2, 8, 10 or 16 (with the 0b/0o/0x prefix), written backwards
 * so that it ends at `end`; returns its start. str(), hex() and %d of small ints are hot enough
 * that going through snprintf or GMP shows in profiles. */
static const char two_digits[200] =
    "0001020304050607080910111213141516171819"
    "2021222324252627282930313233343536373839"
    "4041424344454647484950515253545556575859"
    "6061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

char *tpInt_small_text(int64_t i, int base, char *end) {
    uint64_t m = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    char *p = end;
    if (base == 10) {   /* two digits per division by a constant (a multiply) */
        while (m >= 100) {
            uint64_t r = m % 100;
            m /= 100;
            p -= 2;
            memcpy(p, two_digits + 2 * r, 2);
        }
        if (m >= 10) {
            p -= 2;
            memcpy(p, two_digits + 2 * m, 2);
        } else {
            *--p = (char)('0' + m);
        }
    } else {            /* powers of two: shifts, not divisions */
        unsigned shift = base == 16 ? 4 : base == 8 ? 3 : 1;
        do {
            *--p = "0123456789abcdef"[m & ((uint64_t)base - 1)];
            m >>= shift;
        } while (m != 0);
        *--p = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
        *--p = '0';
    }
    if (i < 0) {
        *--p = '-';
    }
    return p;
}

int tpInt_to_str(VM *vm, Value v, int base, Value *out) {
    char small[80];
    if (is_small(v)) {
        char *end = small + sizeof small;
        char *p = tpInt_small_text(small_of(v), base, end);
        ObjStr *s = tpStr_new_ascii(vm, p, (size_t)(end - p));
        *out = s ? OBJ_VAL(s) : NULL_VAL;
        return s ? 0 : -1;
    }
    BigView bv;
    mpz_srcptr z = tpBig_view(vm, v, &bv);
    size_t est = mpz_sizeinbase(z, base);
    size_t limit = vm->int_max_str_digits > 0 ? (size_t)vm->int_max_str_digits : SIZE_MAX - 2;
    if (base == 10 && est > limit + 1) {
        return str_limit_error(vm);
    }
    char *buf = est + 4 < sizeof small ? small : malloc(est + 4);
    if (buf == NULL) {
        return tpErr_no_memory(vm);
    }
    size_t pos = 0;
    if (mpz_sgn(z) < 0) {
        buf[pos++] = '-';
    }
    if (base != 10) {
        buf[pos++] = '0';
        buf[pos++] = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    }
    mpz_t a;
    mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z));   /* |z| */
    mpz_get_str(buf + pos, base, a);
    size_t len = strlen(buf);
    if (base == 10 && len - pos > limit) {
        if (buf != small) {
            free(buf);
        }
        return str_limit_error(vm);
    }
    ObjStr *s = tpStr_new(vm, buf, len);
    if (buf != small) {
        free(buf);
    }
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s ? 0 : -1;
}

/* ---- arithmetic ---- */

static int too_big(VM *vm) { return tpErr_no_memory(vm); }

static int int_zero_div(VM *vm, int op) {
    if (op == BINOP_MOD) {
        return tpErr_raise(vm, EXC_ZeroDivisionError, "integer modulo by zero");
    }
    if (op == BINOP_TRUEDIV) {
        return tpErr_raise(vm, EXC_ZeroDivisionError, "division by zero");
    }
    return tpErr_raise(vm, EXC_ZeroDivisionError, "integer division or modulo by zero");
}

static int make_pair(VM *vm, Value q, Value r, Value *out) {
    if (IS_NULL(q) || IS_NULL(r)) {
        return -1;
    }
    ObjTuple *t = tpTuple_pack(vm, 2, q, r);
    if (t == NULL) {
        return -1;
    }
    *out = OBJ_VAL(t);
    return 0;
}

static int set_out(Value v, Value *out) {
    *out = v;
    return IS_NULL(v) ? -1 : 0;
}

/* Small-int fast path for + - * // % divmod & | ^. Returns 1 when it cannot handle the case. */
static int small_binop(VM *vm, int64_t x, int64_t y, int op, Value *out) {
    int64_t r;
    switch (op) {
    case BINOP_ADD:
        return set_out(tpInt_from_i64(vm, x + y), out);
    case BINOP_SUB:
        return set_out(tpInt_from_i64(vm, x - y), out);
    case BINOP_MUL:
        if (__builtin_mul_overflow(x, y, &r)) {
            return 1;
        }
        return set_out(tpInt_from_i64(vm, r), out);
    case BINOP_AND:
        *out = INT_VAL(x & y);
        return 0;
    case BINOP_OR:
        *out = INT_VAL(x | y);
        return 0;
    case BINOP_XOR:
        *out = INT_VAL(x ^ y);
        return 0;
    case BINOP_FLOORDIV:
    case BINOP_MOD:
    case BINOP_DIVMOD: {
        if (y == 0) {
            return int_zero_div(vm, op);
        }
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) {
            q--;
            m += y;
        }
        if (op == BINOP_FLOORDIV) {
            return set_out(tpInt_from_i64(vm, q), out);
        }
        if (op == BINOP_MOD) {
            *out = INT_VAL(m);
            return 0;
        }
        return make_pair(vm, tpInt_from_i64(vm, q), INT_VAL(m), out);
    }
    default:
        return 1;
    }
}

static int shift_count(VM *vm, Value b, int64_t *n, bool *huge) {
    *huge = false;
    *n = 0;
    if (tpInt_sign(vm, b) < 0) {
        return tpErr_raise(vm, EXC_ValueError, "negative shift count");
    }
    if (is_small(b)) {
        *n = small_of(b);
        return 0;
    }
    BigView bv;
    mpz_srcptr z = tpBig_view(vm, b, &bv);
    if (mpz_fits_slong_p(z)) {
        *n = mpz_get_si(z);
    } else {
        *huge = true;
        *n = INT64_MAX;
    }
    return 0;
}

static int int_shift(VM *vm, Value a, Value b, int op, Value *out) {
    int64_t n;
    bool huge;
    if (shift_count(vm, b, &n, &huge) < 0) {
        return -1;
    }
    int sa = tpInt_sign(vm, a);
    if (sa == 0) {
        *out = INT_VAL(0);
        return 0;
    }
    BigView va;
    mpz_srcptr za = tpBig_view(vm, a, &va);
    mpz_t r;
    if (op == BINOP_RSHIFT) {
        if (huge || (uint64_t)n >= mpz_sizeinbase(za, 2)) {
            *out = INT_VAL(sa < 0 ? -1 : 0);
            return 0;
        }
        if (is_small(a)) {
            *out = INT_VAL(small_of(a) >> n);
            return 0;
        }
        mpz_init(r);
        mpz_fdiv_q_2exp(r, za, (mp_bitcnt_t)n);
        return set_out(tpBig_take(vm, r), out);
    }
    if (huge) {
        return tpErr_raise(vm, EXC_OverflowError, "too many digits in integer");
    }
    if ((uint64_t)n > BIG_MAX_BITS || mpz_sizeinbase(za, 2) + (uint64_t)n > BIG_MAX_BITS) {
        return too_big(vm);
    }
    if (is_small(a) && n < 15) {
        return set_out(tpInt_from_i64(vm, small_of(a) * ((int64_t)1 << n)), out);
    }
    mpz_init(r);
    mpz_mul_2exp(r, za, (mp_bitcnt_t)n);
    return set_out(tpBig_take(vm, r), out);
}

static int int_pow(VM *vm, Value a, Value b, Value *out) {
    if (tpInt_sign(vm, b) < 0) {
        double x, y;
        if (tpInt_as_double(vm, a, &x) < 0 || tpInt_as_double(vm, b, &y) < 0) {
            return -1;
        }
        int rc = tpFloat_binop_d(vm, x, y, BINOP_POW, out);
        return rc > 0 ? tpErr_raise(vm, EXC_SystemError, "float pow failed") : rc;
    }
    BigView va, vb;
    mpz_srcptr za = tpBig_view(vm, a, &va);
    mpz_srcptr zb = tpBig_view(vm, b, &vb);
    /* trivial bases first: their powers never grow */
    if (mpz_cmpabs_ui(za, 1) <= 0) {
        if (mpz_sgn(za) == 0) {
            *out = INT_VAL(mpz_sgn(zb) == 0 ? 1 : 0);
        } else if (mpz_sgn(za) > 0 || mpz_even_p(zb)) {
            *out = INT_VAL(1);
        } else {
            *out = INT_VAL(-1);
        }
        return 0;
    }
    if (!mpz_fits_ulong_p(zb)) {
        return too_big(vm);
    }
    unsigned long e = mpz_get_ui(zb);
    uint64_t bits;
    if (__builtin_mul_overflow((uint64_t)(mpz_sizeinbase(za, 2) - 1), (uint64_t)e, &bits) ||
        bits > BIG_MAX_BITS) {
        return too_big(vm);
    }
    if (is_small(a) && bits < 62) {
        int64_t base = small_of(a), r = 1;
        bool ovf = false;
        for (unsigned long i = 0; i < e && !ovf; i++) {
            ovf = __builtin_mul_overflow(r, base, &r);
        }
        if (!ovf) {
            return set_out(tpInt_from_i64(vm, r), out);
        }
    }
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, za, e);
    return set_out(tpBig_take(vm, r), out);
}

/* The big (mpz) path for + - * // % divmod & | ^. */
/* a + b, a - b, a * b (op) of nonzero operands whose result has at most BIG_INLINE_LIMBS
 * limbs: computed limb-wise into a buffer on the stack, then boxed inside the object, without
 * the GMP result that mpz_add & co. allocate and tpBig_take copies and frees. 1: not handled. */
static int limbs_binop(VM *vm, mpz_srcptr za, mpz_srcptr zb, int op, Value *out) {
    mp_size_t an = za->_mp_size, bn = op == BINOP_SUB ? -zb->_mp_size : zb->_mp_size;
    mp_size_t na = an < 0 ? -an : an, nb = bn < 0 ? -bn : bn;
    if (na == 0 || nb == 0 || (op == BINOP_MUL ? na + nb : (na > nb ? na : nb) + 1) >
                                  BIG_INLINE_LIMBS) {
        return 1;
    }
    const mp_limb_t *ap = za->_mp_d, *bp = zb->_mp_d;
    mp_limb_t r[BIG_INLINE_LIMBS];
    mp_size_t rn;
    bool neg;
    if (op == BINOP_MUL) {
        if (na >= nb) {
            mpn_mul(r, ap, na, bp, nb);
        } else {
            mpn_mul(r, bp, nb, ap, na);
        }
        rn = na + nb;
        neg = (an < 0) != (bn < 0);
    } else if ((an < 0) == (bn < 0)) {
        if (na >= nb) {
            r[na] = mpn_add(r, ap, na, bp, nb);
            rn = na + 1;
        } else {
            r[nb] = mpn_add(r, bp, nb, ap, na);
            rn = nb + 1;
        }
        neg = an < 0;
    } else {
        int c = na != nb ? (na > nb ? 1 : -1) : mpn_cmp(ap, bp, na);
        if (c == 0) {
            *out = INT_VAL(0);
            return 0;
        }
        if (c > 0) {
            mpn_sub(r, ap, na, bp, nb);
            rn = na;
            neg = an < 0;
        } else {
            mpn_sub(r, bp, nb, ap, na);
            rn = nb;
            neg = bn < 0;
        }
    }
    while (rn > 0 && r[rn - 1] == 0) {
        rn--;
    }
    if (rn == 1 && r[0] <= (mp_limb_t)INT64_MAX) {
        int64_t v = neg ? -(int64_t)r[0] : (int64_t)r[0];
        if (FITS_SMALLINT(v)) {
            *out = INT_VAL(v);
            return 0;
        }
    }
    return set_out(box_inline_limbs(vm, r, (size_t)rn, neg), out);
}

static int big_binop(VM *vm, Value a, Value b, int op, Value *out) {
    BigView va, vb;
    mpz_srcptr za = tpBig_view(vm, a, &va);
    mpz_srcptr zb = tpBig_view(vm, b, &vb);
    if (op == BINOP_ADD || op == BINOP_SUB || op == BINOP_MUL) {
        int rc = limbs_binop(vm, za, zb, op, out);
        if (rc <= 0) {
            return rc;
        }
    }
    mpz_t r, m;
    if ((op == BINOP_FLOORDIV || op == BINOP_MOD || op == BINOP_DIVMOD) && mpz_sgn(zb) == 0) {
        return int_zero_div(vm, op);
    }
    if (op == BINOP_MUL && mpz_sizeinbase(za, 2) + mpz_sizeinbase(zb, 2) > BIG_MAX_BITS) {
        return too_big(vm);
    }
    mpz_init(r);
    switch (op) {
    case BINOP_ADD: mpz_add(r, za, zb); break;
    case BINOP_SUB: mpz_sub(r, za, zb); break;
    case BINOP_MUL: mpz_mul(r, za, zb); break;
    case BINOP_AND: mpz_and(r, za, zb); break;
    case BINOP_OR: mpz_ior(r, za, zb); break;
    case BINOP_XOR: mpz_xor(r, za, zb); break;
    case BINOP_FLOORDIV: mpz_fdiv_q(r, za, zb); break;
    case BINOP_MOD: mpz_fdiv_r(r, za, zb); break;
    case BINOP_DIVMOD: {
        mpz_init(m);
        mpz_fdiv_qr(r, m, za, zb);
        Value q = tpBig_take(vm, r);
        if (IS_NULL(q)) {
            mpz_clear(m);
            return -1;
        }
        return make_pair(vm, q, tpBig_take(vm, m), out);
    }
    default:
        mpz_clear(r);
        return 1;
    }
    return set_out(tpBig_take(vm, r), out);
}

/* The value of an int that fits in |v| <= INT64_MAX (small, or a one-limb ObjInt), else false. */
static bool fits_i64(Value v, int64_t *out) {
    if (is_small(v)) {
        *out = small_of(v);
        return true;
    }
    const __mpz_struct *z = ((ObjInt *)AS_OBJ(v))->mpz;
    if (z == NULL || z->_mp_size == 0) {
        *out = 0;
        return true;
    }
    if ((z->_mp_size != 1 && z->_mp_size != -1) || z->_mp_d[0] > (mp_limb_t)INT64_MAX) {
        return false;
    }
    *out = z->_mp_size < 0 ? -(int64_t)z->_mp_d[0] : (int64_t)z->_mp_d[0];
    return true;
}

/* + - * // % & | ^ of two int64 operands (neither INT64_MIN) without GMP: 1 when the result
 * overflows (or the op is another one), for the GMP path. */
static int i64_binop(VM *vm, int64_t x, int64_t y, int op, Value *out) {
    int64_t r;
    switch (op) {
    case BINOP_ADD:
        if (__builtin_add_overflow(x, y, &r)) {
            return 1;
        }
        return set_out(tpInt_from_i64(vm, r), out);
    case BINOP_SUB:
        if (__builtin_sub_overflow(x, y, &r)) {
            return 1;
        }
        return set_out(tpInt_from_i64(vm, r), out);
    case BINOP_MUL:
        if (__builtin_mul_overflow(x, y, &r)) {
            return 1;
        }
        return set_out(tpInt_from_i64(vm, r), out);
    case BINOP_AND: return set_out(tpInt_from_i64(vm, x & y), out);
    case BINOP_OR: return set_out(tpInt_from_i64(vm, x | y), out);
    case BINOP_XOR: return set_out(tpInt_from_i64(vm, x ^ y), out);
    case BINOP_FLOORDIV:
    case BINOP_MOD: {
        if (y == 0) {
            return int_zero_div(vm, op);
        }
        int64_t q = x / y, m = x % y;   /* no overflow: x != INT64_MIN */
        if (m != 0 && ((m < 0) != (y < 0))) {
            q--;
            m += y;
        }
        return set_out(tpInt_from_i64(vm, op == BINOP_MOD ? m : q), out);
    }
    default:
        return 1;
    }
}

int tpInt_binop(VM *vm, Value a, Value b, int op, Value *out) {
    switch (op) {
    case BINOP_TRUEDIV: {
        double d;
        if (tpInt_truediv(vm, a, b, &d) < 0) {
            return -1;
        }
        *out = FLOAT_VAL(d);
        return 0;
    }
    case BINOP_POW:
        return int_pow(vm, a, b, out);
    case BINOP_LSHIFT:
    case BINOP_RSHIFT:
        return int_shift(vm, a, b, op, out);
    case BINOP_MATMUL:
        return 1;
    default:
        break;
    }
    int64_t x, y;
    if (is_small(a) && is_small(b)) {
        int rc = small_binop(vm, small_of(a), small_of(b), op, out);
        if (rc <= 0) {
            return rc;
        }
    } else if (fits_i64(a, &x) && fits_i64(b, &y)) {
        int rc = i64_binop(vm, x, y, op, out);
        if (rc <= 0) {
            return rc;
        }
    }
    return big_binop(vm, a, b, op, out);
}

int tpInt_unop(VM *vm, Value v, int op, Value *out) {
    if (is_small(v)) {
        int64_t i = small_of(v);
        switch (op) {
        case UNOP_NEG: return set_out(tpInt_from_i64(vm, -i), out);
        case UNOP_POS: *out = INT_VAL(i); return 0;
        case UNOP_INVERT: *out = INT_VAL(~i); return 0;
        default: return set_out(tpInt_from_i64(vm, i < 0 ? -i : i), out);
        }
    }
    BigView bv;
    mpz_srcptr z = tpBig_view(vm, v, &bv);
    mpz_t r;
    mpz_init(r);
    switch (op) {
    case UNOP_NEG: mpz_neg(r, z); break;
    case UNOP_POS: mpz_set(r, z); break;
    case UNOP_INVERT: mpz_com(r, z); break;
    default: mpz_abs(r, z); break;
    }
    return set_out(tpBig_take(vm, r), out);
}

int tpInt_powmod(VM *vm, Value a, Value b, Value m, Value *out) {
    BigView va, vb, vm_;
    mpz_srcptr za = tpBig_view(vm, a, &va);
    mpz_srcptr zb = tpBig_view(vm, b, &vb);
    mpz_srcptr zm = tpBig_view(vm, m, &vm_);
    if (mpz_sgn(zm) == 0) {
        return tpErr_raise(vm, EXC_ValueError, "pow() 3rd argument cannot be 0");
    }
    mpz_t mod, base, r;
    mpz_init(mod);
    mpz_abs(mod, zm);
    mpz_init(base);
    mpz_init(r);
    mpz_fdiv_r(base, za, mod);
    if (mpz_sgn(zb) < 0) {
        if (mpz_invert(base, base, mod) == 0 && mpz_cmp_ui(mod, 1) != 0) {
            mpz_clears(mod, base, r, NULL);
            return tpErr_raise(vm, EXC_ValueError,
                               "base is not invertible for the given modulus");
        }
        mpz_t e;
        mpz_init(e);
        mpz_neg(e, zb);
        mpz_powm(r, base, e, mod);
        mpz_clear(e);
    } else {
        mpz_powm(r, base, zb, mod);
    }
    /* the result takes the sign of the modulus, as % does */
    if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0) {
        mpz_add(r, r, zm);
    }
    mpz_clears(mod, base, NULL);
    return set_out(tpBig_take(vm, r), out);
}

/* Correctly rounded a / b for big operands (b != 0). */
static int big_truediv(VM *vm, mpz_srcptr za, mpz_srcptr zb, double *out) {
    int neg = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
    if (mpz_sgn(za) == 0) {
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    int64_t e = (int64_t)mpz_sizeinbase(za, 2) - (int64_t)mpz_sizeinbase(zb, 2);
    if (e > 1025) {
        return tpErr_raise(vm, EXC_OverflowError,
                           "integer division result too large for a float");
    }
    if (e < -1080) {
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    /* scale so the quotient has about 55 bits, or its unit is 2^-1076 for tiny results */
    int64_t s = 55 - e;
    if (s > 1076) {
        s = 1076;
    }
    mpz_t n, d, q, r;
    mpz_inits(n, d, q, r, NULL);
    mpz_abs(n, za);
    mpz_abs(d, zb);
    if (s > 0) {
        mpz_mul_2exp(n, n, (mp_bitcnt_t)s);
    } else {
        mpz_mul_2exp(d, d, (mp_bitcnt_t)-s);
    }
    mpz_tdiv_qr(q, r, n, d);
    bool sticky = mpz_sgn(r) != 0;
    uint64_t qv = mpz_get_ui(q);
    int qbits = (int)mpz_sizeinbase(q, 2);
    mpz_clears(n, d, q, r, NULL);
    /* drop the bits below the double's precision (or below 2^-1074) and round half to even */
    int64_t drop = qbits - 53;
    if (drop < s - 1074) {
        drop = s - 1074;
    }
    if (drop > 0) {
        uint64_t rem = qv & (((uint64_t)1 << drop) - 1);
        uint64_t half = (uint64_t)1 << (drop - 1);
        qv >>= drop;
        if (rem > half || (rem == half && (sticky || (qv & 1)))) {
            qv++;
        }
    } else {
        drop = 0;
    }
    double res = ldexp((double)qv, (int)(drop - s));
    if (isinf(res)) {
        return tpErr_raise(vm, EXC_OverflowError,
                           "integer division result too large for a float");
    }
    *out = neg ? -res : res;
    return 0;
}

int tpInt_truediv(VM *vm, Value a, Value b, double *out) {
    if (tpInt_sign(vm, b) == 0) {
        return tpErr_raise(vm, EXC_ZeroDivisionError, "division by zero");
    }
    if (is_small(a) && is_small(b)) {
        *out = (double)small_of(a) / (double)small_of(b);
        return 0;
    }
    BigView va, vb;
    mpz_srcptr za = tpBig_view(vm, a, &va);
    mpz_srcptr zb = tpBig_view(vm, b, &vb);
    if (mpz_sizeinbase(za, 2) <= 53 && mpz_sizeinbase(zb, 2) <= 53) {
        *out = mpz_get_d(za) / mpz_get_d(zb);
        return 0;
    }
    return big_truediv(vm, za, zb, out);
}

int tpInt_round(VM *vm, Value v, int64_t ndigits, Value *out) {
    if (ndigits >= 0) {
        return set_out(tpInt_plain(vm, v), out);
    }
    if (ndigits < -(int64_t)BIG_MAX_BITS) {
        *out = INT_VAL(0);
        return 0;
    }
    BigView bv;
    mpz_srcptr z = tpBig_view(vm, v, &bv);
    mpz_t p, q, r, twice;
    mpz_inits(p, q, r, twice, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)-ndigits);
    mpz_fdiv_qr(q, r, z, p);            /* z = q*p + r, 0 <= r < p */
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) {
        mpz_add_ui(q, q, 1);
    }
    mpz_mul(q, q, p);
    mpz_clears(p, r, twice, NULL);
    return set_out(tpBig_take(vm, q), out);
}

int tpInt_new_subtype(VM *vm, ObjType *type, Value v, Value *out) {
    BigView bv;
    *out = big_box(vm, type, tpBig_view(vm, v, &bv));
    return IS_NULL(*out) ? -1 : 0;
}

/* ---- the VM's numeric fast path ---- */

int tpNum_binop(VM *vm, Value a, Value b, int op, Value *out) {
    bool ia = tpNum_is_int(vm, a), ib = tpNum_is_int(vm, b);
    if (ia && ib) {
        return tpInt_binop(vm, a, b, op, out);
    }
    bool fa = !ia && tpNum_is_float(vm, a), fb = !ib && tpNum_is_float(vm, b);
    if (!((ia || fa) && (ib || fb))) {
        return 1;
    }
    double x, y;
    if (fa) {
        x = tpFloat_value(a);
    } else if (tpInt_as_double(vm, a, &x) < 0) {
        return -1;
    }
    if (fb) {
        y = tpFloat_value(b);
    } else if (tpInt_as_double(vm, b, &y) < 0) {
        return -1;
    }
    return tpFloat_binop_d(vm, x, y, op, out);
}
